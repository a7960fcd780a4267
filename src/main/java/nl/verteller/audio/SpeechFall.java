package nl.verteller.audio;

/**
 * Whether speech is dying away: its 50 ms level has fallen {@link #FALL_DB} below the loudest it
 * reached since it last rose, and goes on falling. In a hall the last word rings on well above the
 * room's floor for most of a second after the patient stopped, its level falling steadily (about
 * 50 dB a second for a reverberation time of 1.2 s); a next word, or the next syllable after a stop,
 * rises again, and a soft sound of speech that lasts (the "s" of "yes") holds its level, where the
 * echo would have fallen. Only a fall that lasts {@link #ECHO_FRAMES} is an echo: in a damped room
 * speech falls to the room's floor within a few frames, and its end is the silence after it, as
 * before (counting from the fall there, "Yes, I think so too." was taken for "yes" in a quiet room).
 */
final class SpeechFall {
    /** A fall this deep from the loudest moment since the last rise is the end of a word, or its echo. */
    static final double FALL_DB = 15;
    /** A rise this far above the lowest moment since the last rise is a new syllable; the echo's flutter is less. */
    static final double RISE_DB = 6;
    /** Dying away, the level falls at least this much in {@link #FALLING_FRAMES}. */
    static final double FALLING_DB = 2;
    static final int FALLING_FRAMES = 10;
    /** A fall that goes on this long, still above the room's floor, is an echo. */
    static final int ECHO_FRAMES = 15;

    private final double[] recent = new double[FALLING_FRAMES];
    private double loudestDb;
    private double lowestDb;
    private long fallenFrame = -1;
    private int fallingFrames;

    /**
     * The next 10 ms frame. Frames that are no speech do not change whether it was dying away: the
     * echo's last frames above the room's floor tell.
     *
     * @param started a stretch of speech began with it
     */
    void frame(long frame, double levelDb, boolean speech, boolean started) {
        double before = frame >= FALLING_FRAMES ? recent[(int) (frame % FALLING_FRAMES)] : levelDb;
        recent[(int) (frame % FALLING_FRAMES)] = levelDb;
        if (started || speech && levelDb > lowestDb + RISE_DB) {
            loudestDb = levelDb;
            lowestDb = levelDb;
            fallenFrame = -1;
            fallingFrames = 0;
        } else if (speech) {
            loudestDb = Math.max(loudestDb, levelDb);
            lowestDb = Math.min(lowestDb, levelDb);
            boolean dying = levelDb <= loudestDb - FALL_DB && levelDb <= before - FALLING_DB;
            fallenFrame = !dying ? -1 : fallenFrame < 0 ? frame : fallenFrame;
            fallingFrames = dying ? fallingFrames + 1 : 0;
        }
    }

    /** The frame since which the speech has been dying away as an echo does, or -1. */
    long fallenFrame() {
        return fallingFrames >= ECHO_FRAMES ? fallenFrame : -1;
    }
}
