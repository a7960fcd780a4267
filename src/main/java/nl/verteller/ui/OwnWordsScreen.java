package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.OwnWords.Teaching;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.text.Texts;

/**
 * A patient's own words: whose words (guest or a profile, a new one, delete one), "Teach all" for the
 * guided round or one command alone, and in large type what to do now ("Say your word for “next
 * chapter” now"). Every button is a command, so any input method works here; each row is a group
 * for switch scanning. EDT only.
 */
final class OwnWordsScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;
    /** Profile buttons shown besides guest; "more" shows the next ones. */
    private static final int PROFILE_SLOTS = 4;
    private static final Glyph[] GLYPHS = {Glyph.READ, Glyph.PAUSE, Glyph.NEXT, Glyph.PREVIOUS, Glyph.REPEAT,
        Glyph.HOME};

    private final Heading heading;
    private final JLabel hint = new JLabel();
    private final JLabel status = new JLabel();
    private final List<BigButton> profiles = new ArrayList<>();
    private final BigButton newProfile;
    private final BigButton moreProfiles;
    private final transient Controls controls;
    /** The profile before the first shown (0: the first page): where the list in pages is, the view's own. */
    private int firstProfile;
    private transient KioskState shownState;
    private transient Texts shownTexts;
    private final BigButton deleteProfile;
    private final BigButton yes;
    private final BigButton no;
    private final List<BigButton> words = new ArrayList<>();
    private final List<List<BigButton>> rows;
    private final int statusWidth;

    OwnWordsScreen(Controls controls) {
        super(new BorderLayout());
        Sizes sizes = controls.sizes();
        statusWidth = sizes.scaled(1700);
        heading = new Heading("ownwords-heading", sizes);
        status.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 10));
        status.setName("ownwords-status");
        status.setBorder(BorderFactory.createEmptyBorder(sizes.gap(), 0, 0, 0));

        this.controls = controls;
        for (int slot = 0; slot <= PROFILE_SLOTS; slot++) {
            int shown = slot;
            profiles.add(controls.marked("profile-" + slot, slot == 0 ? "–" : Integer.toString(slot),
                    () -> Command.profile(shown == 0 ? 0 : firstProfile + shown), controls.buttonSize()));
        }
        moreProfiles = controls.more("more-profiles", controls.buttonSize(), this::nextProfiles);
        newProfile = controls.button("new-profile", Glyph.ADD, Command.of(Kind.NEW_PROFILE));
        deleteProfile = controls.button("delete-profile", Glyph.OFF, Command.of(Kind.DELETE_PROFILE));
        yes = controls.button("yes", Glyph.ON, Command.of(Kind.YES));
        no = controls.button("no", Glyph.OFF, Command.of(Kind.NO));
        List<BigButton> who = new ArrayList<>(profiles);
        who.addAll(List.of(moreProfiles, newProfile, deleteProfile, yes, no));

        words.add(controls.button("teach-0", Glyph.WORDS, Command.teach(0)));
        for (int n = 1; n <= OwnWords.BASIC.size(); n++) {
            Command command = OwnWords.BASIC.get(n - 1);
            words.add(command.kind() == Kind.CHAPTER
                    ? controls.marked("teach-" + n, Integer.toString(command.number()), Command.teach(n),
                            controls.buttonSize())
                    : controls.button("teach-" + n, GLYPHS[n - 1], Command.teach(n)));
        }
        int half = 1 + GLYPHS.length;
        rows = List.of(who, words.subList(0, half), words.subList(half, words.size()));

        JPanel top = heading.over(hint, "ownwords-hint", sizes);
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        for (List<BigButton> row : rows) {
            JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, sizes.gap(), 0));
            row.forEach(line::add);
            line.setAlignmentX(LEFT_ALIGNMENT);
            line.setBorder(BorderFactory.createEmptyBorder(sizes.gap(), 0, 0, 0));
            body.add(line);
        }
        status.setAlignmentX(LEFT_ALIGNMENT);
        body.add(status);
        add(top, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    /** Shows the next profiles, after the last the first again. */
    private void nextProfiles() {
        firstProfile += PROFILE_SLOTS;
        render(shownState, shownTexts);
    }

    @Override
    public void render(KioskState state, Texts texts) {
        shownState = state;
        shownTexts = texts;
        OwnWords own = state.ownWords();
        heading.setText(texts.format("ownwords.heading", profileName(own.profile(), texts)));
        hint.setText(texts.get("ownwords.hint"));
        if (firstProfile >= own.profiles().size()) {
            firstProfile = 0;
        }
        for (int slot = 0; slot < profiles.size(); slot++) {
            BigButton button = profiles.get(slot);
            int number = slot == 0 ? 0 : firstProfile + slot;
            String name = slot == 0 ? OwnWords.GUEST
                    : number <= own.profiles().size() ? own.profiles().get(number - 1) : null;
            button.setVisible(name != null && !own.confirmDelete());
            if (name != null) {
                button.setWord(profileName(name, texts));
                button.setMarked(name.equals(own.profile()));
                if (slot > 0) {
                    button.setIcon(controls.mark(Integer.toString(number)));
                }
            }
        }
        int pages = (own.profiles().size() + PROFILE_SLOTS - 1) / PROFILE_SLOTS;
        moreProfiles.setVisible(pages > 1 && !own.confirmDelete());
        moreProfiles.setWord(texts.format("tiles.more", firstProfile / PROFILE_SLOTS + 1, pages));
        boolean guest = own.profile().equals(OwnWords.GUEST);
        newProfile.setWord(texts.get("button.newProfile"));
        deleteProfile.setWord(texts.get("button.deleteProfile"));
        yes.setWord(texts.get("button.yes"));
        no.setWord(texts.get("button.no"));
        newProfile.setVisible(!own.confirmDelete());
        deleteProfile.setVisible(!own.confirmDelete() && !guest);
        yes.setVisible(own.confirmDelete());
        no.setVisible(own.confirmDelete());
        words.get(0).setWord(texts.get("button.teachAll"));
        for (int n = 1; n < words.size(); n++) {
            Command command = OwnWords.BASIC.get(n - 1);
            words.get(n).setWord(commandWord(command, texts));
            words.get(n).setMarked(own.taught().contains(command));
        }
        status.setText(own.confirmDelete() ? texts.format("ownwords.confirmDelete", profileName(own.profile(), texts))
                : statusText(own.teaching(), texts));
    }

    static String profileName(String name, Texts texts) {
        return name.equals(OwnWords.GUEST) ? texts.get("ownwords.guest") : texts.format("ownwords.profile", name);
    }

    /** A command as a button's word: "Next chapter". */
    private static String commandWord(Command command, Texts texts) {
        String word = spoken(command, texts);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String spoken(Command command, Texts texts) {
        return texts.command(command);
    }

    private String statusText(Teaching teaching, Texts texts) {
        if (teaching == null) {
            return texts.get("ownwords.idle");
        }
        if (teaching.phase() == Teaching.Phase.TESTED && teaching.heard() == null) {
            return texts.get("ownwords.phase.TESTED.none");
        }
        String command = spoken(teaching.command(), texts);
        String other = spoken(teaching.phase() == Teaching.Phase.TESTED ? teaching.heard() : teaching.other(), texts);
        // Wrapped at the screen's width: the longer messages take two lines at this size.
        return "<html><div style='width:" + statusWidth + "px'>"
                + texts.format("ownwords.phase." + teaching.phase(), command, other, teaching.take()) + "</div></html>";
    }

    @Override
    public List<List<BigButton>> scanRows() {
        return rows;
    }
}
