package nl.verteller.voice;

import java.util.function.DoublePredicate;

/**
 * When the near voice was heard lately, and how loud, as judged at the time against the room then: once
 * a command's own loudness is known, what was near before it can be told apart into what the patient may
 * have said and what stood far below the command (a TV, people behind; see {@link NearVoice#belowCommand}).
 */
final class NearSpeech {
    static final long NEVER = Long.MIN_VALUE / 2;
    /** Microphone chunks kept: 20 s of 20 ms, longer than an utterance and the silence before it. */
    private static final int KEPT = 1024;

    private final long[] atMillis = new long[KEPT];
    private final double[] levelsDb = new double[KEPT];
    private long heard;

    /** The near voice was heard at {@code millis} (audio time, rising), at {@code levelDb}. */
    void heard(long millis, double levelDb) {
        int slot = (int) (heard++ % KEPT);
        atMillis[slot] = millis;
        levelsDb[slot] = levelDb;
    }

    /** When it was last heard before {@code millis} at a level {@code counts} takes; {@link #NEVER} if not kept. */
    long lastBefore(long millis, DoublePredicate counts) {
        for (long i = heard - 1; i >= Math.max(0, heard - KEPT); i--) {
            int slot = (int) (i % KEPT);
            if (atMillis[slot] < millis && counts.test(levelsDb[slot])) {
                return atMillis[slot];
            }
        }
        return NEVER;
    }
}
