package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.function.Predicate;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.Setting;
import nl.verteller.text.Texts;
import nl.verteller.ui.theme.Theme;

/**
 * The bar on every screen, always the same buttons in the same places (WCAG 3.2.3, and a switch or
 * pointer user's memory of where things are): Home and Back, the title, Settings, Help and the two
 * languages. One that does nothing here is disabled, not removed. The title's place says "press your
 * switch to start" while scanning rests, and is the place to rest a dwelling pointer. EDT only.
 *
 * <p>Theme key: {@code Verteller.statusBackground} (the rest place while dwell is on).
 */
final class TopBar extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final BigButton home;
    private final BigButton back;
    private final BigButton help;
    private final BigButton settings;
    private final BigButton dutch;
    private final BigButton english;
    private final Heading title;
    private final Predicate<KioskState> canGoBack;
    private boolean scanHint;

    TopBar(Controls controls, Predicate<KioskState> canGoBack) {
        super(new BorderLayout(controls.sizes().gap(), 0));
        this.canGoBack = canGoBack;
        Sizes sizes = controls.sizes();
        home = controls.button("home", Glyph.HOME, Command.of(Command.Kind.HOME));
        back = controls.button("back", Glyph.BACK, Command.of(Command.Kind.BACK));
        help = controls.button("help", Glyph.HELP, Command.of(Command.Kind.HELP));
        settings = controls.button("settings", Glyph.SETTINGS, Command.of(Command.Kind.SETTINGS));
        Dimension languageSize = new Dimension(sizes.scaled(200), sizes.target());
        dutch = controls.marked("language-nl", "NL", Command.language(Language.NL), languageSize);
        english = controls.marked("language-en", "EN", Command.language(Language.EN), languageSize);
        dutch.setWord(Texts.nativeName(Language.NL));
        english.setWord(Texts.nativeName(Language.EN));
        // Two lines: the hints are longer than the name, and the bar is narrow at 1280 x 720.
        title = new Heading("title", sizes, 2);
        title.setHorizontalAlignment(SwingConstants.CENTER);
        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 4));
        title.setBorder(null);
        title.setBackground(Theme.color("Verteller.statusBackground"));
        add(row(sizes, home, back), BorderLayout.WEST);
        add(title, BorderLayout.CENTER);
        add(row(sizes, settings, help, dutch, english), BorderLayout.EAST);
        setBorder(BorderFactory.createEmptyBorder(sizes.gap(), sizes.gap(), sizes.gap() / 2, sizes.gap()));
    }

    /** Shows "press your switch to start" in the title's place, or not. */
    void showScanHint(boolean shown) {
        scanHint = shown;
    }

    static JPanel row(Sizes sizes, BigButton... buttons) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.CENTER, sizes.gap(), 0));
        for (BigButton button : buttons) {
            row.add(button);
        }
        return row;
    }

    @Override
    public void render(KioskState state, Texts texts) {
        home.setWord(texts.get("button.home"));
        back.setWord(texts.get("button.back"));
        help.setWord(texts.get("button.help"));
        back.setEnabled(canGoBack.test(state));
        help.setEnabled(state.screen() != Screen.HELP);
        settings.setWord(texts.get("button.settings"));
        settings.setEnabled(state.screen() != Screen.SETTINGS);
        boolean restPlace = !scanHint && state.settings().on(Setting.DWELL);
        title.setText(texts.get(scanHint ? "topbar.pressSwitch" : restPlace ? "topbar.restHere" : "app.title"));
        title.setOpaque(restPlace);
        dutch.setMarked(state.language() == Language.NL);
        english.setMarked(state.language() == Language.EN);
    }
}
