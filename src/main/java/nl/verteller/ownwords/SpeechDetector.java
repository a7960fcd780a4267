package nl.verteller.ownwords;

/**
 * Tells a speaker's voice from the room behind it, per 10 ms frame, by energy over a background that
 * follows the room's lower level, not its very minimum: people talking behind the patient go up and
 * down with every syllable, and a floor at their quietest moments would take them for speech. The
 * background falls quickly to a quieter room and rises slowly, and hardly moves while speech goes on
 * (unless that "speech" lasts longer than anyone talks: then the room got louder).
 * Speech starts {@link #START_DB} above the background and goes on while it stays {@link #GO_ON_DB}
 * above it, so the soft consonants inside a word ("hoofdstuk") do not cut it in two.
 */
final class SpeechDetector {
    static final double START_DB = 10;
    static final double GO_ON_DB = 3;
    private static final double QUIETEST_DB = -60;
    private static final double FALL = 0.1;
    private static final double RISE = 0.01;
    private static final double RISE_IN_SPEECH = 0.001;

    /** Sound going on longer than this (in frames) is the room changing, and the background follows it. */
    private static final int LONGEST_RUN = 300;

    private double background = Double.NaN;
    private boolean speaking;
    private int run;

    /** Takes one frame's samples; whether it is speech. */
    boolean frame(short[] pcm, int from, int count) {
        double energy = 0;
        for (int i = from; i < from + count; i++) {
            energy += (double) pcm[i] * pcm[i];
        }
        double db = 10 * Math.log10(energy / count / (32768.0 * 32768.0) + 1e-10);
        if (Double.isNaN(background)) {
            background = db;
        }
        speaking = db > Math.max(QUIETEST_DB, background + (speaking ? GO_ON_DB : START_DB));
        run = speaking ? run + 1 : 0;
        double rate = db < background ? FALL : speaking && run < LONGEST_RUN ? RISE_IN_SPEECH : RISE;
        background += (db - background) * rate;
        return speaking;
    }
}
