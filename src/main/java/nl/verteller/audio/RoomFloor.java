package nl.verteller.audio;

import java.util.Arrays;

/**
 * The level a room keeps coming back to, for one frequency band (or all of them): a low percentile
 * of its 300 ms levels over the last few seconds. Talk behind the patient, a TV or a fan sets it;
 * a command, shorter than the span, hardly moves it; a pause in the talk behind (shorter than the
 * percentile's share of the span) does not pull it down to silence.
 */
final class RoomFloor {
    private static final int SHORT_FRAMES = 5;
    private static final int MID_FRAMES = 30;
    private static final int HISTORY_FRAMES = 300;
    private static final double PERCENTILE = 0.2;
    private static final int RECOMPUTE_FRAMES = 5;

    private final double[] recent = new double[MID_FRAMES];
    private final double[] history = new double[HISTORY_FRAMES];
    private final double[] sorted = new double[HISTORY_FRAMES];
    private int frames;
    private double floorDb = Double.NaN;

    /** The next 10 ms frame's mean power (linear). */
    void frame(double power) {
        recent[frames % MID_FRAMES] = power;
        history[frames % HISTORY_FRAMES] = db(mean(Math.min(frames + 1, MID_FRAMES), MID_FRAMES));
        frames++;
        if (frames % RECOMPUTE_FRAMES == 0 || Double.isNaN(floorDb)) {
            int kept = Math.min(frames, HISTORY_FRAMES);
            System.arraycopy(history, 0, sorted, 0, kept);
            Arrays.sort(sorted, 0, kept);
            floorDb = sorted[(int) (PERCENTILE * (kept - 1))];
        }
    }

    /** The level of the latest 50 ms, in dB. */
    double shortDb() {
        return db(mean(Math.min(frames, SHORT_FRAMES), MID_FRAMES));
    }

    /** The room's floor, in dB (full scale 0). */
    double floorDb() {
        return floorDb;
    }

    /** How far the latest 50 ms stand above the room's floor, in dB. */
    double aboveFloorDb() {
        return shortDb() - floorDb;
    }

    private double mean(int count, int ring) {
        double sum = 0;
        for (int i = 1; i <= count; i++) {
            sum += recent[Math.floorMod(frames - i, ring)];
        }
        return sum / Math.max(1, count);
    }

    private static double db(double power) {
        return 10 * Math.log10(power + 1e-12);
    }
}
