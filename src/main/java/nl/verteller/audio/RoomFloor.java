package nl.verteller.audio;

import java.util.Arrays;

/**
 * The level a room keeps coming back to, for one frequency band (or all of them): a low percentile
 * of its 300 ms levels over the last few seconds. Talk behind the patient, a TV or a fan sets it;
 * a command, shorter than the span, hardly moves it; a pause in the talk behind (shorter than the
 * percentile's share of the span) does not pull it down to silence.
 *
 * <p>Optionally also the level the room's loud moments reach ({@link #loudDb()}): a high percentile
 * of its 50 ms levels over the same span. A voice near the microphone stands out above that; talk
 * behind, which sets it, does not.
 */
final class RoomFloor {
    private static final int SHORT_FRAMES = 5;
    private static final int MID_FRAMES = 30;
    private static final int HISTORY_FRAMES = 300;
    private static final double PERCENTILE = 0.2;
    private static final int RECOMPUTE_FRAMES = 5;
    private static final double LOUD_PERCENTILE = 0.9;
    /** Speech is found up to 100 ms after its onset, which must not count as the room's. */
    private static final int ONSET_FRAMES = 10;

    private final double[] recent = new double[MID_FRAMES];
    private final double[] history = new double[HISTORY_FRAMES];
    private final double[] sorted = new double[HISTORY_FRAMES];
    private int frames;
    private double floorDb = Double.NaN;
    /** The 50 ms levels, for the loud level; null when not asked for. */
    private final double[] shortHistory;
    private double loudDb = Double.NaN;

    RoomFloor(boolean withLoudLevel) {
        shortHistory = withLoudLevel ? new double[HISTORY_FRAMES] : null;
    }

    RoomFloor() {
        this(false);
    }

    /** The next 10 ms frame's mean power (linear). */
    void frame(double power) {
        recent[frames % MID_FRAMES] = power;
        frames++;
        // The frames heard so far, this one too: before, a stream's first frames were measured with an empty
        // slot for this one, so its first floor was silence and any room at all rose "10 dB" above it.
        history[(frames - 1) % HISTORY_FRAMES] = db(mean(Math.min(frames, MID_FRAMES), MID_FRAMES));
        if (shortHistory != null) {
            shortHistory[(frames - 1) % HISTORY_FRAMES] = shortDb();
        }
        if (frames % RECOMPUTE_FRAMES == 0 || Double.isNaN(floorDb)) {
            int kept = Math.min(frames, HISTORY_FRAMES);
            System.arraycopy(history, 0, sorted, 0, kept);
            Arrays.sort(sorted, 0, kept);
            floorDb = sorted[(int) (PERCENTILE * (kept - 1))];
            if (shortHistory != null) {
                loudDb = loudLevel(kept);
            }
        }
    }

    /** The loud level of all but the latest frames kept (these may be the onset of speech, not the room). */
    private double loudLevel(int kept) {
        int count = kept - ONSET_FRAMES;
        if (count <= 0) {
            return Double.NaN;
        }
        for (int i = 0; i < count; i++) {
            sorted[i] = shortHistory[Math.floorMod(frames - kept + i, HISTORY_FRAMES)];
        }
        Arrays.sort(sorted, 0, count);
        return sorted[(int) (LOUD_PERCENTILE * (count - 1))];
    }

    /** The level of the latest 50 ms, in dB. */
    double shortDb() {
        return db(mean(Math.min(frames, SHORT_FRAMES), MID_FRAMES));
    }

    /** The room's floor, in dB (full scale 0). */
    double floorDb() {
        return floorDb;
    }

    /** The level the room's loud moments reach (see the class comment), in dB; NaN when not asked for. */
    double loudDb() {
        return loudDb;
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
