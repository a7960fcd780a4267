package nl.verteller.ui;

import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.SpeechHealth;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.text.Texts;
import nl.verteller.ui.theme.Theme;

/**
 * The strip along the bottom: language, voice, speaker, speed and volume, and any problem, in plain
 * words. It stays put: nothing here appears only for a moment. EDT only.
 */
final class StatusStrip extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final JLabel language = label("status-language");
    private final JLabel voice = label("status-voice");
    private final JLabel speaker = label("status-speaker");
    private final JLabel listening = label("status-listening");
    private final JLabel steps = label("status-steps");
    private final JLabel problem = label("status-problem");
    private final boolean staffExitLocked;

    /** @param staffExitLocked whether the staff PIN fails closed: said, so staff look before they need it */
    StatusStrip(Sizes sizes, boolean staffExitLocked) {
        this.staffExitLocked = staffExitLocked;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, sizes.label());
        JPanel state = row(sizes, language, voice, listening);
        JPanel devices = row(sizes, speaker, steps);
        JPanel problems = row(sizes, problem);
        for (JLabel label : new JLabel[] {language, voice, speaker, listening, steps, problem}) {
            label.setFont(font);
        }
        add(state);
        add(devices);
        add(problems);
        setBackground(Theme.color("Verteller.statusBackground"));
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap(), 0, sizes.gap()));
    }

    private static JPanel row(Sizes sizes, JLabel... labels) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, sizes.gap() * 2, sizes.gap() / 3));
        row.setOpaque(false);
        for (JLabel label : labels) {
            row.add(label);
        }
        return row;
    }

    private static JLabel label(String name) {
        JLabel label = new JLabel();
        label.setName(name);
        return label;
    }

    @Override
    public void render(KioskState state, Texts texts) {
        language.setText(texts.get("status.language"));
        SpeechHealth health = state.speech();
        // Engine names and their error text are for the log and check; the patient reads what it means.
        voice.setText(health == null ? "" : texts.get(health.problem() != null ? "status.noVoice"
                : health.ready() ? "status.voice" : "status.voiceStarting"));
        speaker.setText(state.speaker() == null ? "" : texts.get(state.speaker() ? "status.speaker" : "status.noSpeaker"));
        VoiceStatus heard = state.listening();
        listening.setText(state.asking() != null
                ? texts.format("status.asking", texts.asked(state.asking()))
                : heard == null || heard.language() != state.language() ? ""
                : texts.format("status.listening." + heard.kind(), heard.heard()));
        steps.setText(texts.format("status.rate", state.rateStep()) + "   " + texts.format("status.volume", state.volumeStep()));
        String problems = state.speechProblem() == null ? "" : texts.get("status.voiceProblem");
        if (state.contentProblems() > 0) {
            problems = (problems + "   " + texts.format("status.contentProblems", state.contentProblems())).strip();
        }
        if (staffExitLocked) {
            problems = (problems + "   " + texts.get("status.staffLocked")).strip();
        }
        problem.setText(problems);
        problem.getParent().setVisible(!problems.isEmpty());
    }
}
