package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Countdown;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;
import nl.verteller.ui.theme.Theme;

/**
 * The question that answers itself, across the top of every screen while its countdown runs: keep a
 * change that takes away an input method (Yes, No), or "are you still there?" before the idle reset
 * (Yes); and, before either, a command voice control heard just under the bar ("Chapter 3?", Yes,
 * No), so every input method can confirm it. Its buttons are the first scan group and get the focus,
 * so the method that asked can answer. Hidden while there is no question. EDT only.
 *
 * <p>Theme key: {@code Verteller.noticeBackground} (colour).
 */
final class CountdownBanner extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final JTextArea message = new JTextArea();
    private final BigButton yes;
    private final BigButton no;

    CountdownBanner(Controls controls) {
        super(new BorderLayout(controls.sizes().gap(), 0));
        setName("countdown");
        Sizes sizes = controls.sizes();
        yes = controls.button("countdown-yes", Glyph.ON, Command.of(Command.Kind.YES));
        no = controls.button("countdown-no", Glyph.OFF, Command.of(Command.Kind.NO));
        message.setName("countdown-message");
        message.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 4));
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setEditable(false);
        message.setFocusable(false);
        message.setOpaque(false);
        add(message, BorderLayout.CENTER);
        JPanel answers = TopBar.row(sizes, yes, no);
        answers.setOpaque(false);
        add(answers, BorderLayout.EAST);
        setBackground(Theme.color("Verteller.noticeBackground"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, sizes.gap() / 4, 0, Theme.color("Verteller.buttonBorderColor")),
                BorderFactory.createEmptyBorder(sizes.gap() / 2, sizes.gap() * 2, sizes.gap() / 2, sizes.gap())));
        setVisible(false);
    }

    @Override
    public void render(KioskState state, Texts texts) {
        Countdown countdown = state.countdown();
        setVisible(countdown != null || state.asking() != null);
        if (state.asking() != null) {
            message.setText(texts.asked(state.asking()));
            yes.setWord(texts.get("button.yes"));
            no.setWord(texts.get("button.no"));
            no.setVisible(true);
            return;
        }
        if (countdown == null) {
            return;
        }
        boolean confirm = countdown.reason() == Countdown.Reason.CONFIRM_CHANGE;
        message.setText(confirm
                ? texts.format("countdown.confirm", texts.get("button." + countdown.setting() + "." + countdown.value()),
                        countdown.secondsLeft())
                : texts.format("countdown.idle", countdown.secondsLeft()));
        yes.setWord(texts.get(confirm ? "button.yes" : "button.stay"));
        no.setWord(texts.get("button.no"));
        no.setVisible(confirm);
    }

    /** The buttons shown, for switch scanning. */
    List<BigButton> buttons() {
        return isVisible() ? (no.isVisible() ? List.of(yes, no) : List.of(yes)) : List.of();
    }

    /** Where the answer starts: Yes. */
    BigButton first() {
        return yes;
    }
}
