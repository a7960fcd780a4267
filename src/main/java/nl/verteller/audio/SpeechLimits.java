package nl.verteller.audio;

/**
 * The levels speech is found between, however quiet the room: what {@link SpeechAboveRoom} (voice control,
 * own words' listening) and {@code voice.VoiceActivity} (takes, the voice switch) share. A click in digital
 * silence is not talk, so speech starts only above {@link #START_DB}. A weak voice (ALS often takes a
 * voice's strength; a microphone may be far or turned down) reaches only −50 dBFS at its loudest, and its
 * words would break into fragments if speech ended at −55: speech that started goes on while it stays
 * within {@link #BELOW_LOUDEST_DB} of its loudest, down to {@link #QUIETEST_END_DB}. A usual voice's
 * (−20 dBFS and louder) end is at −55, where it always was; so speech never goes on below where it starts
 * for a usual voice, and a fading last sound does not start speech again. A weak voice's words still
 * part at a stop consonant ("hoofdstuk | vier"), and its next syllable may not reach −55 dBFS: speech
 * that stopped less than {@link #RESUME_MILLIS} ago starts again where it would have gone on.
 */
public final class SpeechLimits {
    /** Below this no sound starts speech, however quiet the room, but for {@link #startDb}'s resumption. */
    static final double START_DB = -55;
    private static final double USUAL_END_DB = -55;
    private static final double BELOW_LOUDEST_DB = 35;
    /** Never below this: a real microphone's own hiss. */
    private static final double QUIETEST_END_DB = -70;

    /** Speech that stopped less than this ago (a pause inside a command) resumes at its go-on level. */
    static final long RESUME_MILLIS = 600;

    private SpeechLimits() {
    }

    /**
     * The level speech starts above, however quiet the room, {@code silenceMillis} after speech whose
     * loudest was {@code lastLoudestDb} (negative infinity: none yet).
     */
    public static double startDb(double lastLoudestDb, long silenceMillis) {
        return lastLoudestDb > Double.NEGATIVE_INFINITY && silenceMillis < RESUME_MILLIS ? goOnDb(lastLoudestDb)
                : START_DB;
    }

    /** The level speech whose loudest so far was {@code loudestDb} goes on above, however quiet the room. */
    public static double goOnDb(double loudestDb) {
        return Math.max(QUIETEST_END_DB, Math.min(USUAL_END_DB, loudestDb - BELOW_LOUDEST_DB));
    }
}
