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
 * @param unsure       for an utterance rejected only because a reading that means something else came
 *                     too close: the command its best reading means; else null
 * @param shareOfBar   for {@code unsure}: how far the best reading's lead went toward the bar it had to
 *                     clear, 0–1 (see {@link #worthAsking()})
 */
public record Decision(Command command, String heard, double confidence, long decidedAtMs, String reason,
        Command unsure, double shareOfBar) {
    /**
     * An unsure command whose lead went at least this far toward the bar is worth asking about
     * ("Chapter 3?") rather than dropping. On {@code bench voice --tune} every command asked about at
     * 0.2 or more was the one said; below it three of seven were another (the highest at 0.18).
     */
    public static final double ASK_SHARE = 0.25;

    public Decision(Command command, String heard, double confidence, long decidedAtMs, String reason) {
        this(command, heard, confidence, decidedAtMs, reason, null, 0);
    }

    public boolean accepted() {
        return command != null;
    }

    /** Whether the command was heard just under the bar: worth asking about (see {@link #ASK_SHARE}). */
    public boolean worthAsking() {
        return unsure != null && shareOfBar >= ASK_SHARE;
    }

    static Decision rejected(Hypothesis heard, long at, String reason) {
        return new Decision(null, heard.text(), 0, at, reason);
    }

    static Decision unsure(Command command, Hypothesis heard, double confidence, long at, double shareOfBar) {
        return new Decision(null, heard.text(), confidence, at, "not sure enough", command, shareOfBar);
    }
}
