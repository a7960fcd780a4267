package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import nl.verteller.access.ScanTarget;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.text.Texts;
import nl.verteller.time.SwingScheduler;

/**
 * The kiosk window: the top bar, the current screen and the status strip, all drawn from the
 * controller's state. Full screen, undecorated and locked down (see {@link AdminExit}), or a normal
 * window with {@code --windowed}.
 * EDT only.
 */
public final class KioskFrame extends JFrame {
    private static final long serialVersionUID = 1L;
    /** The window size with {@code --windowed}. */
    public static final Dimension WINDOWED = new Dimension(1280, 720);

    private final transient KioskController controller;
    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final Map<Screen, KioskView> views = new EnumMap<>(Screen.class);
    private final TopBar topBar;
    private final StatusStrip status;
    private final CountdownBanner countdown;
    private final ReaderScreen reader;
    private transient Runnable onFirstPaint;
    private Screen shown;

    /**
     * @param staffPin     guards the way out; a locked one is also said on the status strip
     * @param onFirstPaint run once, after the first complete paint (for the start-up benchmark)
     */
    public KioskFrame(KioskController controller, boolean windowed, StaffPin staffPin, Runnable onFirstPaint) {
        super("Verteller");
        this.controller = controller;
        this.onFirstPaint = onFirstPaint;
        Rectangle bounds = windowed ? new Rectangle(WINDOWED)
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Sizes sizes = Sizes.forWindow(bounds.getSize());
        Controls controls = new Controls(sizes, controller::handle);

        topBar = new TopBar(controls, controller::canGoBack);
        status = new StatusStrip(sizes, staffPin.lockedBecause().isPresent());
        countdown = new CountdownBanner(controls);
        reader = new ReaderScreen(controls);
        add(Screen.HOME, new HomeScreen(controls));
        add(Screen.CHAPTERS, new ChaptersScreen(controls));
        add(Screen.READER, reader);
        add(Screen.HELP, new HelpScreen(sizes));
        add(Screen.SETTINGS, new SettingsScreen(controls));
        add(Screen.OWN_WORDS, new OwnWordsScreen(controls));

        JPanel content = new JPanel(new BorderLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            public void paint(Graphics g) {
                super.paint(g);
                firstPaint();
            }
        };
        content.add(topBar, BorderLayout.NORTH);
        content.add(screens, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        // The question lies over the top of the screen, under the top bar: the screen keeps its place.
        getLayeredPane().add(countdown, JLayeredPane.PALETTE_LAYER);
        PlainText.everywhere(content);
        KeyboardInput.install(getRootPane(), controller::handle,
                new DigitEntry(new SwingScheduler(), this::numbered, this::openNumbered));

        // Locked down: in kiosk mode closing keys and the close button do nothing; staff use the admin exit.
        setDefaultCloseOperation(windowed ? WindowConstants.DISPOSE_ON_CLOSE : WindowConstants.DO_NOTHING_ON_CLOSE);
        AdminExit.install(this, staffPin, () -> Texts.of(controller.state().language()));
        setUndecorated(!windowed);
        setBounds(bounds);
        controller.addListener(this::render);
    }

    /** How many numbered tiles the screen has: leaflets on the home screen, else the open leaflet's chapters. */
    private int numbered() {
        KioskState now = controller.state();
        return shown == Screen.HOME ? now.leaflets().size()
                : now.leaflet().map(leaflet -> leaflet.chapters().size()).orElse(0);
    }

    private void openNumbered(int number) {
        controller.handle(shown == Screen.HOME ? Command.leaflet(number) : Command.chapter(number));
    }

    private void add(Screen screen, JPanel view) {
        views.put(screen, (KioskView) view);
        screens.add(view, screen.name());
    }

    private void render(KioskState state) {
        Texts texts = Texts.of(state.language());
        topBar.render(state, texts);
        views.get(state.screen()).render(state, texts);
        status.render(state, texts);
        boolean asking = countdown.isVisible();
        countdown.render(state, texts);
        placeCountdown();
        if (state.screen() != shown) {
            shown = state.screen();
            cards.show(screens, state.screen().name());
            focusFirstButton();
        }
        if (countdown.isVisible() && !asking) {
            countdown.first().requestFocusInWindow();
        }
    }

    /** Full width, just under the top bar, as high as its text needs at that width. */
    private void placeCountdown() {
        if (!countdown.isVisible()) {
            return;
        }
        Point under = SwingUtilities.convertPoint(topBar, 0, topBar.getHeight(), getLayeredPane());
        int width = getLayeredPane().getWidth();
        // Lay the message out at its real width first: a text area that wraps is one letter wide until then.
        countdown.setSize(width, getLayeredPane().getHeight());
        countdown.doLayout();
        countdown.setBounds(0, under.y, width, countdown.getPreferredSize().height);
        countdown.validate();
    }

    @Override
    public void validate() {
        super.validate();
        placeCountdown();
    }

    /** After a change of screen, focus goes to its first button, so keys and switches start there. */
    private void focusFirstButton() {
        Component first = firstButton((Container) views.get(shown));
        if (first == null) {
            first = firstButton(topBar);
        }
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    private static Component firstButton(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof BigButton && child.isVisible()) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = firstButton(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void firstPaint() {
        Runnable once = onFirstPaint;
        onFirstPaint = null;
        if (once != null) {
            once.run();
        }
    }

    /**
     * What switch scanning goes over on the screen shown: a question's answers, the top bar, the screen's own buttons, and
     * on the reader its control bar, each a group, in reading order; a screen with rows (settings)
     * gives each row as a group.
     */
    public List<List<ScanTarget>> scanGroups() {
        List<BigButton> top = new ArrayList<>();
        collectButtons(topBar, top);
        List<List<BigButton>> groups = new ArrayList<>(List.of(countdown.buttons(), top));
        List<List<BigButton>> rows = views.get(shown).scanRows();
        if (rows.isEmpty()) {
            List<BigButton> bar = shown == Screen.READER ? reader.controlBar() : List.of();
            List<BigButton> content = new ArrayList<>();
            collectButtons((Container) views.get(shown), content);
            content.removeAll(bar);
            groups.add(content);
            groups.add(bar);
        } else {
            groups.addAll(rows);
        }
        return groups.stream()
                .map(group -> group.stream().filter(Component::isVisible)
                        .<ScanTarget>map(AccessInput.ButtonTarget::new).toList())
                .filter(group -> !group.isEmpty())
                .toList();
    }

    /**
     * Where scanning starts again after a choice: a question's Yes, else the screen's first button; on
     * the reader the groups from the top bar (Home and Back first), as in Grid 3: scanning woke from
     * its rest there, and Read/Pause is one group further.
     */
    public ScanTarget scanStart() {
        if (countdown.isVisible()) {
            return new AccessInput.ButtonTarget(countdown.first());
        }
        if (shown == Screen.READER) {
            return null;
        }
        Component first = firstButton((Container) views.get(shown));
        return first instanceof BigButton button ? new AccessInput.ButtonTarget(button) : null;
    }

    /** Whether switch scanning is on: then the buttons draw only the scan highlight, not the keyboard focus. */
    public void showScanning(boolean on) {
        getRootPane().putClientProperty(BigButton.SCANNING, on);
    }

    /** Whether switch scanning is on but waiting for a press: the top bar says "press your switch". */
    public void scanResting(boolean resting) {
        topBar.showScanHint(resting);
        topBar.render(controller.state(), Texts.of(controller.state().language()));
    }

    private static void collectButtons(Container container, List<BigButton> into) {
        for (Component child : container.getComponents()) {
            if (!child.isVisible() || !child.isEnabled()) {
                continue;
            }
            if (child instanceof BigButton button) {
                into.add(button);
            } else if (child instanceof Container inner) {
                collectButtons(inner, into);
            }
        }
    }

}
