package nl.verteller.dsp;

import java.util.Arrays;

/**
 * The noise of a room that talks (people behind the patient, a TV), per frequency: the level its loud
 * moments reach, a high percentile of the smoothed power over the last 3 s. A minimum over 1.5 s
 * (what {@link NoiseSuppressor} takes for steady noise) finds the pauses between other people's
 * words, far below their talk, and so leaves the talk in.
 *
 * <p>Frames that stand {@link #NEAR_DB} above the room's loud moments as a whole are the near voice,
 * the patient's, and are left out; if they go on for {@link #CHANGED_FRAMES} the room itself got
 * louder, and they count again. One thread.
 */
final class TalkNoise {
    /** 3 s of 16 ms frames. */
    private static final int HISTORY = 188;
    private static final double PERCENTILE = 0.9;
    private static final double NEAR_DB = 6;
    private static final double NEAR_RATIO = Math.pow(10, NEAR_DB / 10);
    /** Half a second of the room before any estimate. */
    private static final int KNOWN_FRAMES = 30;
    /** Near frames this long in a row (5 s): no voice gives a command that long, the room changed. */
    private static final int CHANGED_FRAMES = 312;
    private static final int RECOMPUTE_FRAMES = 8;

    private final int bins;
    private final double[][] history;
    private final double[] totals = new double[HISTORY];
    private final double[] noise;
    private final double[] sorted = new double[HISTORY];
    private int kept;
    private int next;
    private int nearInARow;
    private long added;
    private double loudTotal = Double.POSITIVE_INFINITY;

    TalkNoise(int bins) {
        this.bins = bins;
        this.history = new double[HISTORY][bins];
        this.noise = new double[bins];
    }

    /** The next frame: its smoothed power per frequency and its total power. */
    void frame(double[] smoothed, double total) {
        if (kept >= KNOWN_FRAMES && total > NEAR_RATIO * loudTotal && ++nearInARow < CHANGED_FRAMES) {
            return;
        }
        nearInARow = 0;
        System.arraycopy(smoothed, 0, history[next], 0, bins);
        totals[next] = total;
        next = (next + 1) % HISTORY;
        kept = Math.min(kept + 1, HISTORY);
        added++;
        // The first estimate as soon as the room is known: until then its loud level is not known either.
        if (kept >= KNOWN_FRAMES && (added == KNOWN_FRAMES || added % RECOMPUTE_FRAMES == 0)) {
            recompute();
        }
    }

    /** The talk's noise power at frequency {@code k}; 0 while the room is not yet known. */
    double noise(int k) {
        return noise[k];
    }

    /** How far the room's loud moments stand above {@code steadyTotal}, in dB (0 while not known). */
    double aboveDb(double steadyTotal) {
        return kept < KNOWN_FRAMES ? 0 : 10 * Math.log10(loudTotal / Math.max(1e-9, steadyTotal));
    }

    private void recompute() {
        int at = (int) (PERCENTILE * (kept - 1));
        for (int k = 0; k < bins; k++) {
            for (int i = 0; i < kept; i++) {
                sorted[i] = history[i][k];
            }
            Arrays.sort(sorted, 0, kept);
            noise[k] = sorted[at];
        }
        System.arraycopy(totals, 0, sorted, 0, kept);
        Arrays.sort(sorted, 0, kept);
        loudTotal = sorted[at];
    }
}
