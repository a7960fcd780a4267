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

/** The bar on every screen: Home and Back, the title, Settings, Help and the two languages. EDT only. */
final class TopBar extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final BigButton home;
    private final BigButton back;
    private final BigButton help;
    private final BigButton settings;
    private final BigButton dutch;
    private final BigButton english;
    private final JLabel title = new JLabel("", SwingConstants.CENTER);
    private final Predicate<KioskState> canGoBack;

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
        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 8));
        title.setName("title");
        add(row(sizes, home, back), BorderLayout.WEST);
        add(title, BorderLayout.CENTER);
        add(row(sizes, settings, help, dutch, english), BorderLayout.EAST);
        setBorder(BorderFactory.createEmptyBorder(sizes.gap(), sizes.gap(), sizes.gap() / 2, sizes.gap()));
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
        back.setVisible(canGoBack.test(state));
        help.setVisible(state.screen() != Screen.HELP);
        settings.setWord(texts.get("button.settings"));
        settings.setVisible(state.screen() != Screen.SETTINGS);
        title.setText(texts.get("app.title"));
        dutch.setMarked(state.language() == Language.NL);
        english.setMarked(state.language() == Language.EN);
    }
}
