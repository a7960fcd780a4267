package nl.verteller.echo;

import java.util.Arrays;

/**
 * Streaming conversion of speaker audio at any rate to the microphone's 16 kHz, with a windowed-sinc
 * low-pass, so the reference has no aliases that the microphone (whose driver filters properly)
 * would not have. Keeps the last few input samples between calls; allocation-free after creation.
 * Delays its output by a constant few samples, which the delay estimate absorbs.
 */
final class Resampler {
    /** Taps per output sample: enough for a reference, cheap at a few hundred thousand MACs/s. */
    private static final int TAPS = 16;

    private final int up;
    private final int down;
    private final float[][] phases;
    private final float[] history = new float[TAPS];
    /** Where the next output falls, in input samples ahead of {@code history}'s newest, times {@code up}. */
    private long position;

    /** From {@code inputRate} to {@code outputRate} samples per second. */
    Resampler(int inputRate, int outputRate) {
        int common = gcd(inputRate, outputRate);
        up = outputRate / common;
        down = inputRate / common;
        double cutoff = 0.92 * Math.min(1.0, (double) outputRate / inputRate);
        phases = new float[up][TAPS];
        for (int phase = 0; phase < up; phase++) {
            double fraction = (double) phase / up;
            double sum = 0;
            for (int tap = 0; tap < TAPS; tap++) {
                // Tap 0 is the oldest sample; the output sits between taps TAPS/2-1 and TAPS/2.
                double u = tap - (TAPS / 2 - 1) - fraction;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * u / (TAPS / 2.0));
                double sinc = u == 0 ? 1 : Math.sin(Math.PI * cutoff * u) / (Math.PI * cutoff * u);
                phases[phase][tap] = (float) (cutoff * sinc * window);
                sum += phases[phase][tap];
            }
            for (int tap = 0; tap < TAPS; tap++) {
                phases[phase][tap] /= (float) sum;
            }
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Forgets the past, as at the start of a new stream. */
    void reset() {
        Arrays.fill(history, 0);
        position = 0;
    }

    /**
     * Converts {@code count} input samples; writes the outputs to {@code out} and returns how many
     * (at most {@code count * up / down + 1}).
     */
    int convert(short[] in, int offset, int count, Output out) {
        if (up == down) {
            // Same rate: a filter would only take away the top of the band that the microphone has.
            for (int i = 0; i < count; i++) {
                out.sample(in[offset + i]);
            }
            return count;
        }
        int produced = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(history, 1, history, 0, TAPS - 1);
            history[TAPS - 1] = in[offset + i];
            // position counts in 1/up input samples from the newest sample's arrival.
            while (position < up) {
                float[] taps = phases[(int) position];
                float sum = 0;
                for (int tap = 0; tap < TAPS; tap++) {
                    sum += taps[tap] * history[tap];
                }
                out.sample(sum);
                produced++;
                position += down;
            }
            position -= up;
        }
        return produced;
    }

    /** Receives converted samples. */
    @FunctionalInterface
    interface Output {
        void sample(float value);
    }
}
