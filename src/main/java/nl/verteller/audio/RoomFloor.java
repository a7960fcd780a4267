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
 *
 * <p>Frames the owner says are not the room's (the near voice speaking, see {@link SpeechAboveRoom})
 * are left out ({@link #forgetLatest}, {@code frame(power, false)}), so the span is the latest 3 s
 * of the room's own frames within the last {@link #RING_FRAMES}; they can be taken back as the
 * room's after all ({@link #learnHeld}).
 */
final class RoomFloor {
    private static final int SHORT_FRAMES = 5;
    private static final int MID_FRAMES = 30;
    private static final int HISTORY_FRAMES = 300;
    /** Frames kept, the room's and those left out: 8 s. */
    static final int RING_FRAMES = 800;
    private static final double PERCENTILE = 0.2;
    private static final int RECOMPUTE_FRAMES = 5;
    private static final double LOUD_PERCENTILE = 0.9;
    /** Speech is found up to 100 ms after its onset, which must not count as the room's. */
    static final int ONSET_FRAMES = 10;

    private final double[] recent = new double[MID_FRAMES];
    private final double[] history = new double[RING_FRAMES];
    /** Whether each frame kept is the room's (see the class comment). */
    private final boolean[] room = new boolean[RING_FRAMES];
    private final double[] sorted = new double[HISTORY_FRAMES];
    private final double[] loudSorted = new double[HISTORY_FRAMES];
    private int frames;
    private boolean changed;
    private double floorDb = Double.NaN;
    /** The 50 ms levels, for the loud level; null when not asked for. */
    private final double[] shortHistory;
    private double loudDb = Double.NaN;

    RoomFloor(boolean withLoudLevel) {
        shortHistory = withLoudLevel ? new double[RING_FRAMES] : null;
    }

    RoomFloor() {
        this(false);
    }

    /** The next 10 ms frame's mean power (linear), the room's. */
    void frame(double power) {
        frame(power, true);
    }

    /** The next 10 ms frame's mean power (linear); {@code ofTheRoom} false leaves it out of the room's levels. */
    void frame(double power, boolean ofTheRoom) {
        recent[frames % MID_FRAMES] = power;
        frames++;
        int slot = (frames - 1) % RING_FRAMES;
        // The frames heard so far, this one too: before, a stream's first frames were measured with an empty
        // slot for this one, so its first floor was silence and any room at all rose "10 dB" above it.
        history[slot] = db(mean(Math.min(frames, MID_FRAMES), MID_FRAMES));
        room[slot] = ofTheRoom;
        if (shortHistory != null) {
            shortHistory[slot] = shortDb();
        }
        if (changed || frames % RECOMPUTE_FRAMES == 0 || Double.isNaN(floorDb)) {
            recompute();
        }
    }

    /** Leaves the latest {@code count} frames out of the room's levels, from the next frame on. */
    void forgetLatest(int count) {
        for (int i = 1; i <= Math.min(count, Math.min(frames, RING_FRAMES)); i++) {
            room[(frames - i) % RING_FRAMES] = false;
        }
        changed = true;
    }

    /**
     * Leaves frames {@code from} to {@code to} (counted from the first frame, both included) out of the
     * room's levels at once, as far as they are still kept.
     */
    void forget(long from, long to) {
        long oldestKept = Math.max(0, frames - RING_FRAMES);
        for (long frame = Math.max(from, oldestKept); frame <= Math.min(to, frames - 1); frame++) {
            room[(int) (frame % RING_FRAMES)] = false;
        }
        recompute();
    }

    /** Takes every frame kept that was left out back into the room's levels, from the next frame on. */
    void learnHeld() {
        Arrays.fill(room, true);
        changed = true;
    }

    /** How many of the frames kept were left out of the room's levels. */
    int heldFrames() {
        int held = 0;
        for (int i = 1; i <= Math.min(frames, RING_FRAMES); i++) {
            held += room[(frames - i) % RING_FRAMES] ? 0 : 1;
        }
        return held;
    }

    /**
     * The floor over the room's latest {@link #HISTORY_FRAMES} frames, and the loud level over those
     * of them that are not among the latest frames heard (these may be the onset of speech, not the
     * room). No room's frame kept: both stay as they were.
     */
    private void recompute() {
        changed = false;
        int kept = 0;
        int loud = 0;
        for (int back = 0; back < Math.min(frames, RING_FRAMES) && kept < HISTORY_FRAMES; back++) {
            int slot = (frames - 1 - back) % RING_FRAMES;
            if (room[slot]) {
                sorted[kept++] = history[slot];
                if (shortHistory != null && back >= ONSET_FRAMES) {
                    loudSorted[loud++] = shortHistory[slot];
                }
            }
        }
        if (kept == 0) {
            return;
        }
        Arrays.sort(sorted, 0, kept);
        floorDb = sorted[(int) (PERCENTILE * (kept - 1))];
        if (shortHistory != null) {
            Arrays.sort(loudSorted, 0, loud);
            loudDb = loud == 0 ? Double.NaN : loudSorted[(int) (LOUD_PERCENTILE * (loud - 1))];
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
