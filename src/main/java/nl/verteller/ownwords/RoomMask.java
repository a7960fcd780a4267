package nl.verteller.ownwords;

import java.util.Arrays;
import java.util.List;

/**
 * The room's sound under an utterance, per mel band, and how loud the speech stood above it: what a
 * clean template needs added to sound as the word would in this room. Noise fills the quiet parts of
 * a word (its weak consonants, the gaps between syllables) and the bands where speech is weak; compared
 * with a clean take, every noisy utterance then looks far away, the word said and the word not said
 * alike, and two words that differ only there ("hoofdstuk drie", "hoofdstuk vier") look alike. Adding
 * the same noise to the template, at the same level relation, makes both sides lose the same detail,
 * so what remains to compare is what the noise left audible (parallel model combination, done on
 * templates). Taken from the utterance itself, so it follows the room the patient is in, whatever it is.
 *
 * @param noise   the room's mean energy per mel band, linear
 * @param speech  the speech's mean energy per frame above the room (summed over the bands), linear
 * @param moments the room's quiet moments that {@code noise} is the mean of, per frame and mel band, linear,
 *                in the order heard: how the room's sound varies from frame to frame (see {@link #overMoments})
 */
record RoomMask(double[] noise, double speech, double[][] moments) {
    /** The share of an utterance's frames, its quietest, taken as the room's floor. */
    private static final double QUIETEST = 0.2;
    /**
     * A room clearly louder than a take's quiet moments: 3 dB. One microphone's hiss, measured as the quiet
     * moments of a take and of the audio around an utterance, came out 1.2–1.5 dB apart.
     */
    private static final double CLEARLY_LOUDER = 2;
    /** A room this far below the speech (in power, -30 dB) covers nothing of it. */
    private static final double QUIET_ROOM = 0.001;

    /** No room sound: templates as they are. */
    static final RoomMask NONE = new RoomMask(new double[0], 0, new double[0][]);

    /**
     * The room under an utterance heard as {@code heard} (spectra, see {@link FrameFeatures#spectra}, of
     * all its audio, the moments before and after the speech included), whose speech is rows {@code [from, to)}.
     */
    static RoomMask of(float[][] heard, int from, int to) {
        if (heard.length == 0 || to <= from) {
            return NONE;
        }
        // The room's floor, its quietest moments: what it surely covers under the word too. Talk behind
        // is louder at times; masking what it covers only at times would hide detail the word still has.
        double[] total = totals(heard);
        Integer[] order = new Integer[heard.length];
        Arrays.setAll(order, f -> f);
        Arrays.sort(order, (a, b) -> Double.compare(total[a], total[b]));
        int quiet = Math.max(1, (int) (heard.length * QUIETEST));
        Integer[] quietest = Arrays.copyOf(order, quiet);
        Arrays.sort(quietest);
        double[] noise = new double[FrameFeatures.BANDS];
        double[][] moments = new double[quiet][FrameFeatures.BANDS];
        for (int k = 0; k < quiet; k++) {
            float[] row = heard[quietest[k]];
            for (int b = 0; b < noise.length; b++) {
                moments[k][b] = Math.exp(row[b]);
                noise[b] += moments[k][b] / quiet;
            }
        }
        double speech = 0;
        for (int f = from; f < to; f++) {
            for (int b = 0; b < noise.length; b++) {
                speech += Math.max(0, Math.exp(heard[f][b]) - noise[b]);
            }
        }
        return new RoomMask(noise, speech / (to - from), moments);
    }

    /**
     * Whether this room is clearly louder (by {@link #CLEARLY_LOUDER}) than the quietest moments of every take in
     * {@code spectra} (each a take's {@link FrameFeatures#spectra}): the takes were not heard over it. A weak
     * voice taught over a microphone's hiss carries that hiss in its takes, and their limits learnt it.
     */
    boolean louderThanTheQuietOf(List<float[][]> spectra) {
        double room = Arrays.stream(noise).sum();
        return spectra.stream().allMatch(take -> room > CLEARLY_LOUDER * quietest(take));
    }

    /** The mean energy (summed over the bands, linear) of the quietest {@link #QUIETEST} of {@code spectra}'s frames. */
    private static double quietest(float[][] spectra) {
        double[] total = totals(spectra);
        Arrays.sort(total);
        int quiet = Math.max(1, (int) (total.length * QUIETEST));
        return Arrays.stream(total, 0, quiet).average().orElse(0);
    }

    /** Per frame of {@code spectra}, its energy summed over the bands, linear. */
    private static double[] totals(float[][] spectra) {
        double[] total = new double[spectra.length];
        for (int f = 0; f < spectra.length; f++) {
            for (float logEnergy : spectra[f]) {
                total[f] += Math.exp(logEnergy);
            }
        }
        return total;
    }

    /**
     * Whether this room covers anything of a word: noise 30 dB or more below the speech lies under the
     * floor the features put below every word anyway ({@link FrameFeatures}), and templates stay as they are.
     */
    boolean masks() {
        return Arrays.stream(noise).sum() > speech * QUIET_ROOM;
    }

    /**
     * {@code spectra} (see {@link FrameFeatures#spectra}) of a clean template as heard in this room,
     * as linear mel energies: brought to the speech's level, the room's sound added.
     */
    double[][] over(float[][] spectra) {
        double[][] heard = atSpeechLevel(spectra);
        for (double[] row : heard) {
            for (int b = 0; b < noise.length; b++) {
                row[b] += noise[b];
            }
        }
        return heard;
    }

    /**
     * As {@link #over}, with the room's quiet moments added one by one, from the {@code first}-th on, instead of
     * their mean: a take as if said here, the room's sound varying under it as it does under an utterance.
     */
    double[][] overMoments(float[][] spectra, int first) {
        double[][] heard = atSpeechLevel(spectra);
        for (int f = 0; f < heard.length; f++) {
            double[] moment = moments[(first + f) % moments.length];
            for (int b = 0; b < noise.length; b++) {
                heard[f][b] += moment[b];
            }
        }
        return heard;
    }

    /** {@code spectra} as linear mel energies, brought to the speech's level. */
    private double[][] atSpeechLevel(float[][] spectra) {
        double[][] heard = new double[spectra.length][noise.length];
        double level = 0;
        for (int f = 0; f < spectra.length; f++) {
            for (int b = 0; b < noise.length; b++) {
                heard[f][b] = Math.exp(spectra[f][b]);
                level += heard[f][b];
            }
        }
        double gain = speech / Math.max(1e-30, level / Math.max(1, spectra.length));
        for (double[] row : heard) {
            for (int b = 0; b < noise.length; b++) {
                row[b] *= gain;
            }
        }
        return heard;
    }
}
