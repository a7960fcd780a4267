package nl.verteller.ownwords;

import nl.verteller.dsp.Fft;

/**
 * What one speaker's word looks like, per 10 ms frame: 13 mel-frequency cepstral coefficients of a
 * 25 ms Hamming window (26 mel bands, 100–7000 Hz) and their deltas over ±2 frames, normalised per
 * utterance to mean 0 and variance 1. The normalisation takes out the microphone, the distance to it
 * and most of a room's colouring, which change between enrolment and use while the word does not; the
 * deltas keep the movement of the sound, which noise blurs less than its level.
 *
 * <p>Not thread-safe (one FFT and its buffers): one per thread.
 */
public final class FrameFeatures {
    /** Samples per second the features are made for. */
    public static final int RATE = 16_000;
    /** Samples per frame step (10 ms). */
    public static final int HOP = RATE / 100;
    /** Numbers per frame. */
    public static final int DIMENSIONS = 26;

    private static final int WINDOW = 400;
    private static final int FFT = 512;
    static final int BANDS = 26;
    private static final int CEPSTRA = 13;
    private static final double LOW_HZ = 100;
    private static final double HIGH_HZ = 7000;
    /** Mel energies are floored at this share (-20 dB) of the utterance's mean band energy. */
    private static final double RELATIVE_FLOOR = 0.01;

    private static final double[][] DCT = new double[CEPSTRA][BANDS];

    static {
        for (int c = 0; c < CEPSTRA; c++) {
            for (int b = 0; b < BANDS; b++) {
                DCT[c][b] = Math.cos(Math.PI * c * (b + 0.5) / BANDS);
            }
        }
    }

    private final Fft fft = new Fft(FFT);
    private final double[] window = new double[WINDOW];
    private final double[][] filters = new double[BANDS][FFT / 2 + 1];
    private final double[] re = new double[FFT];
    private final double[] im = new double[FFT];

    public FrameFeatures() {
        for (int i = 0; i < WINDOW; i++) {
            window[i] = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (WINDOW - 1));
        }
        double lowMel = mel(LOW_HZ);
        double highMel = mel(HIGH_HZ);
        double[] edges = new double[BANDS + 2];
        for (int b = 0; b < edges.length; b++) {
            edges[b] = hz(lowMel + (highMel - lowMel) * b / (BANDS + 1)) * FFT / RATE;
        }
        for (int b = 0; b < BANDS; b++) {
            for (int k = 0; k <= FFT / 2; k++) {
                double up = (k - edges[b]) / (edges[b + 1] - edges[b]);
                double down = (edges[b + 2] - k) / (edges[b + 2] - edges[b + 1]);
                filters[b][k] = Math.max(0, Math.min(up, down));
            }
        }
    }

    /** The features of the speech in {@code pcm} (see {@link SpeechSpan}); empty when there is none. */
    public java.util.Optional<float[][]> ofSpeech(short[] pcm) {
        return SpeechSpan.of(pcm).map(span -> of(pcm, span.from(), span.to())).filter(f -> f.length > 2);
    }

    /**
     * As {@link #ofSpeech(short[])}, for an utterance heard in a room whose floor was measured before it
     * ({@code roomDb}, dB of mean power, full scale 0; see {@link SpeechSpan#of(short[], double)}).
     */
    public java.util.Optional<float[][]> ofSpeech(short[] pcm, double roomDb) {
        return SpeechSpan.of(pcm, roomDb).map(span -> of(pcm, span.from(), span.to())).filter(f -> f.length > 2);
    }

    /**
     * For each frame of {@link #of(short[], int, int)} from {@code from}, how far the 50 ms from it stand
     * above {@code roomDb} (dB of mean power, full scale 0), in dB: the patient's near voice stands far
     * above the room, a pause within a word not at all.
     */
    public static double[] aboveRoom(short[] pcm, int from, int frames, double roomDb) {
        double[] above = new double[frames];
        int span = 5 * HOP;
        for (int f = 0; f < frames; f++) {
            int start = from + f * HOP;
            int end = Math.min(pcm.length, start + span);
            double energy = 0;
            for (int i = start; i < end; i++) {
                energy += (double) pcm[i] * pcm[i];
            }
            above[f] = 10 * Math.log10(energy / Math.max(1, end - start) / (32768.0 * 32768.0) + 1e-12) - roomDb;
        }
        return above;
    }

    /** The normalised features of {@code pcm[from, to)}, one row per 10 ms frame; none for less than a window. */
    public float[][] of(short[] pcm, int from, int to) {
        double[][] energies = new double[frames(to - from)][];
        for (int f = 0; f < energies.length; f++) {
            energies[f] = melEnergies(pcm, from + f * HOP);
        }
        return fromEnergies(energies);
    }

    /**
     * The sound of {@code pcm[from, to)} before it is made into features: per 10 ms frame, the natural
     * log of the energy in each of the {@link #BANDS} mel bands. A room's noise adds to these energies
     * (see {@link RoomMask}); it does not add to the features.
     */
    public float[][] spectra(short[] pcm, int from, int to) {
        int frames = frames(to - from);
        float[][] spectra = new float[frames][BANDS];
        for (int f = 0; f < frames; f++) {
            double[] energies = melEnergies(pcm, from + f * HOP);
            for (int b = 0; b < BANDS; b++) {
                spectra[f][b] = (float) Math.log(energies[b] + 1e-20);
            }
        }
        return spectra;
    }

    /** How many frames {@code samples} samples give. */
    static int frames(int samples) {
        return samples < WINDOW ? 0 : 1 + (samples - WINDOW) / HOP;
    }

    /** The normalised features of {@link #spectra}, one row per frame. */
    static float[][] fromSpectra(float[][] spectra) {
        double[][] energies = new double[spectra.length][BANDS];
        for (int f = 0; f < spectra.length; f++) {
            for (int b = 0; b < BANDS; b++) {
                energies[f][b] = Math.exp(spectra[f][b]);
            }
        }
        return fromEnergies(energies);
    }

    /** The normalised features of mel band energies (linear), one row per frame. */
    static float[][] fromEnergies(double[][] energies) {
        int frames = energies.length;
        double mean = 0;
        for (double[] row : energies) {
            for (double energy : row) {
                mean += energy;
            }
        }
        // Detail far below the word's own level is what noise covers first: masked in every utterance
        // alike, so a clean take and a noisy one differ less than the noise alone would make them.
        double floor = Math.max(1e-10, mean / Math.max(1, frames * BANDS) * RELATIVE_FLOOR);
        double[][] rows = new double[frames][DIMENSIONS];
        for (int f = 0; f < frames; f++) {
            double[] logs = new double[BANDS];
            for (int b = 0; b < BANDS; b++) {
                logs[b] = Math.log(energies[f][b] + floor);
            }
            for (int c = 0; c < CEPSTRA; c++) {
                double sum = 0;
                for (int b = 0; b < BANDS; b++) {
                    sum += DCT[c][b] * logs[b];
                }
                rows[f][c] = sum;
            }
        }
        normalise(rows, 0, CEPSTRA);
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < CEPSTRA; c++) {
                rows[f][CEPSTRA + c] = delta(rows, f, c);
            }
        }
        normalise(rows, CEPSTRA, DIMENSIONS);
        float[][] features = new float[frames][DIMENSIONS];
        for (int f = 0; f < frames; f++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                features[f][d] = (float) rows[f][d];
            }
        }
        return features;
    }

    private double[] melEnergies(short[] pcm, int start) {
        for (int i = 0; i < FFT; i++) {
            re[i] = i < WINDOW ? pcm[start + i] / 32768.0 * window[i] : 0;
            im[i] = 0;
        }
        // Pre-emphasis would need the sample before the window; a first difference inside it does the same job.
        for (int i = WINDOW - 1; i > 0; i--) {
            re[i] -= 0.97 * re[i - 1];
        }
        fft.forward(re, im);
        double[] energies = new double[BANDS];
        for (int b = 0; b < BANDS; b++) {
            double energy = 0;
            for (int k = 0; k <= FFT / 2; k++) {
                if (filters[b][k] > 0) {
                    energy += filters[b][k] * (re[k] * re[k] + im[k] * im[k]);
                }
            }
            energies[b] = energy;
        }
        return energies;
    }

    private static double delta(double[][] cepstra, int f, int c) {
        double sum = 0;
        for (int k = 1; k <= 2; k++) {
            double after = cepstra[Math.min(cepstra.length - 1, f + k)][c];
            double before = cepstra[Math.max(0, f - k)][c];
            sum += k * (after - before);
        }
        return sum / 10;
    }

    /** A copy of some rows of features (a part of an utterance) normalised again as a whole utterance is. */
    static float[][] renormalised(float[][] rows) {
        double[][] copy = new double[rows.length][DIMENSIONS];
        for (int f = 0; f < rows.length; f++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                copy[f][d] = rows[f][d];
            }
        }
        normalise(copy, 0, DIMENSIONS);
        float[][] out = new float[rows.length][DIMENSIONS];
        for (int f = 0; f < rows.length; f++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                out[f][d] = (float) copy[f][d];
            }
        }
        return out;
    }

    /** Columns {@code [from, to)} to mean 0 and variance 1 over the utterance. */
    private static void normalise(double[][] rows, int from, int to) {
        for (int c = from; c < to && rows.length > 0; c++) {
            double mean = 0;
            for (double[] row : rows) {
                mean += row[c];
            }
            mean /= rows.length;
            double variance = 0;
            for (double[] row : rows) {
                variance += (row[c] - mean) * (row[c] - mean);
            }
            double scale = 1 / Math.sqrt(variance / rows.length + 1e-6);
            for (double[] row : rows) {
                row[c] = (row[c] - mean) * scale;
            }
        }
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
