package nl.verteller.ownwords;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the speech is in a take or an utterance: the first to the last 10 ms frame clearly above the
 * take's own background, with a short margin. Enrolment takes and heard utterances are cut the same
 * way, so their templates start and end at the same point of the word whatever the noise.
 *
 * @param from first sample of the speech
 * @param to   one past its last sample
 */
public record SpeechSpan(int from, int to) {
    private static final int FRAME = FrameFeatures.HOP;
    private static final double SILENCE_DB = -90;
    /** Speech must stand this far above the quiet part of the take... */
    private static final double ABOVE_FLOOR_DB = 8;
    /** ...and no further than this below its loudest part (a breath or a room's tail is not the word). */
    private static final double BELOW_PEAK_DB = 35;
    private static final int MARGIN_FRAMES = 3;

    /** The span of the speech in {@code pcm}; empty when nothing stands out of the background. */
    public static Optional<SpeechSpan> of(short[] pcm) {
        return of(pcm, SILENCE_DB);
    }

    /**
     * As {@link #of(short[])}, where the room's floor was measured before the utterance ({@code roomDb},
     * dB of mean power, full scale 0): a short utterance in talk behind has too few quiet moments of
     * its own to tell the room's level, and its quietest ones are the dips between the other voices'
     * syllables.
     */
    public static Optional<SpeechSpan> of(short[] pcm, double roomDb) {
        int frames = pcm.length / FRAME;
        if (frames < 3) {
            return Optional.empty();
        }
        double[] db = new double[frames];
        for (int f = 0; f < frames; f++) {
            double energy = 0;
            for (int i = f * FRAME; i < (f + 1) * FRAME; i++) {
                energy += (double) pcm[i] * pcm[i];
            }
            db[f] = Math.max(SILENCE_DB, 10 * Math.log10(energy / FRAME / (32768.0 * 32768.0) + 1e-12));
        }
        double[] sorted = db.clone();
        Arrays.sort(sorted);
        double floor = Math.max(sorted[frames / 10], roomDb);
        double peak = sorted[frames - 1];
        double threshold = Math.max(floor + ABOVE_FLOOR_DB, Math.max(peak - BELOW_PEAK_DB, floor + (peak - floor) * 0.3));
        int first = -1;
        int last = -1;
        for (int f = 0; f < frames; f++) {
            if (db[f] > threshold) {
                first = first < 0 ? f : first;
                last = f;
            }
        }
        if (first < 0 || peak - floor < ABOVE_FLOOR_DB) {
            return Optional.empty();
        }
        return Optional.of(new SpeechSpan(Math.max(0, first - MARGIN_FRAMES) * FRAME,
                Math.min(frames, last + 1 + MARGIN_FRAMES) * FRAME));
    }

    public int millis() {
        return (to - from) * 1000 / FrameFeatures.RATE;
    }
}
