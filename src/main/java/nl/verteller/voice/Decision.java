package nl.verteller.voice;

import nl.verteller.kiosk.Command;

/**
 * What the recognizer decided about one utterance.
 *
 * @param command      the command, or null when the utterance was rejected
 * @param heard        what it heard ({@code [unk]} for speech outside the grammar)
 * @param confidence   0–1: how clearly it beat the best reading that means something else
 * @param decidedAtMs  the position in the audio, in ms, at which it decided
 * @param reason       why it was rejected, or null
 */
public record Decision(Command command, String heard, double confidence, long decidedAtMs, String reason) {
    public boolean accepted() {
        return command != null;
    }

    static Decision rejected(Hypothesis heard, long at, String reason) {
        return new Decision(null, heard.text(), 0, at, reason);
    }
}
