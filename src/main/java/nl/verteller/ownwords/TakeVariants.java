package nl.verteller.ownwords;

import java.util.List;
import java.util.Random;
import nl.verteller.dsp.RoomSound;
import nl.verteller.dsp.TimeScale;
import nl.verteller.voice.SyntheticTakes;

/**
 * Copies of an enrolment take as the kiosk may hear the same word on another day: with noise, in a
 * reverberant room, a little faster and slower. Three clean takes in a quiet moment say too little
 * about how far a word may drift in a waiting room; the copies show it, so the limit learnt from them
 * keeps real commands and still refuses talk. Harsher copies ({@link #copies}) are kept beside each
 * take as templates of their own. Seeded: the same takes give the same limit and copies.
 */
final class TakeVariants {
    private static final double NOISE_SNR_DB = 15;
    private static final int REVERB_MILLIS = 300;
    private static final double REFLECTIONS = 0.25;

    /** The harsher copies kept as templates: a long reverberation, and pink noise (more of it low, as a room's is). */
    private static final int COPY_REVERB_MILLIS = 600;
    private static final double COPY_DIRECT_TO_REVERB_DB = 0;
    private static final double COPY_NOISE_SNR_DB = 10;

    /** The speeds of the faster and slower copies. */
    private static final double SLOWER = 0.9;
    private static final double FASTER = 1.1;

    /** The noise of the copies the limit in a noisy room is learnt from. */
    private static final double NOISY_SNR_DB = 5;

    private TakeVariants() {
    }

    /** Copies of a take as a harsh room would give it, kept beside it as templates (see {@link Template}). */
    static List<short[]> copies(short[] take) {
        Random random = new Random(take.length + 1L);
        float[] dry = RoomSound.toFloats(take);
        short[] reverberant = RoomSound.toPcm(RoomSound.reverberate(dry, COPY_REVERB_MILLIS, COPY_DIRECT_TO_REVERB_DB,
                random.nextLong()));
        return List.of(reverberant, withPinkNoise(take, COPY_NOISE_SNR_DB, random));
    }

    /** Pink noise (Paul Kellet's filter of white noise) {@code snrDb} below the speech's level. */
    static short[] withPinkNoise(short[] take, double snrDb, Random random) {
        float[] speech = RoomSound.toFloats(take);
        float[] pink = new float[take.length];
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < pink.length; i++) {
            double white = random.nextGaussian();
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            pink[i] = (float) (b0 + b1 + b2 + white * 0.1848);
        }
        RoomSound.addAt(speech, pink, RoomSound.speechLevel(speech) / Math.pow(10, snrDb / 20));
        return RoomSound.toPcm(speech);
    }

    /** The take itself and its copies. */
    static List<short[]> of(short[] take) {
        Random random = new Random(take.length);
        return List.of(take, SyntheticTakes.withNoise(take, NOISE_SNR_DB, random),
                SyntheticTakes.inRoom(take, REVERB_MILLIS, REFLECTIONS, random),
                atSpeed(take, SLOWER), atSpeed(take, FASTER));
    }

    /**
     * The take itself, said faster and slower at the same pitch: how far the word drifts with nothing of
     * a room in it. Not {@link #atSpeed}: its pitch moves further than a voice's does, as far as another
     * word's sounds.
     */
    static List<short[]> dry(short[] take) {
        return List.of(take, TimeScale.atTempo(take, SLOWER), TimeScale.atTempo(take, FASTER));
    }

    /**
     * Copies of a take through more noise than its kept copies have (pink, {@link #NOISY_SNR_DB}, new
     * draws of it): how far the word may drift in a noisy room, for the limit there ({@link OwnWord#limitAt}).
     */
    static List<short[]> noisy(short[] take) {
        Random random = new Random(take.length + 2L);
        return List.of(withPinkNoise(take, NOISY_SNR_DB, random), withPinkNoise(take, NOISY_SNR_DB, random));
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
