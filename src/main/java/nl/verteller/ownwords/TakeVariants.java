package nl.verteller.ownwords;

import java.util.List;
import java.util.Random;
import nl.verteller.voice.SyntheticTakes;

/**
 * Copies of an enrolment take as the kiosk may hear the same word on another day: with noise, in a
 * reverberant room, a little faster and slower. Three clean takes in a quiet moment say too little
 * about how far a word may drift in a waiting room; the copies show it, so the limit learnt from them
 * keeps real commands and still refuses talk. Seeded: the same takes give the same limit.
 */
final class TakeVariants {
    private static final double NOISE_SNR_DB = 15;
    private static final int REVERB_MILLIS = 300;
    private static final double REFLECTIONS = 0.25;

    private TakeVariants() {
    }

    /** The take itself and its copies. */
    static List<short[]> of(short[] take) {
        Random random = new Random(take.length);
        return List.of(take, SyntheticTakes.withNoise(take, NOISE_SNR_DB, random),
                SyntheticTakes.inRoom(take, REVERB_MILLIS, REFLECTIONS, random),
                atSpeed(take, 0.9), atSpeed(take, 1.1));
    }

    /** Played {@code factor} times as fast (pitch moves with it, as a tired or hurried voice's does a little). */
    static short[] atSpeed(short[] pcm, double factor) {
        short[] out = new short[(int) (pcm.length / factor)];
        for (int i = 0; i < out.length; i++) {
            double at = i * factor;
            int k = (int) at;
            double frac = at - k;
            double next = k + 1 < pcm.length ? pcm[k + 1] : 0;
            out[i] = clip(pcm[Math.min(k, pcm.length - 1)] * (1 - frac) + next * frac);
        }
        return out;
    }

    private static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
