package nl.verteller.audio;

import java.util.Arrays;

/**
 * Conversion of audio from one sample rate to another through a windowed-sinc low-pass: what lies
 * above half the lower rate is cut, not folded back into the band as picking or linear interpolation
 * folds it (from 48 kHz, a recording's hiss from 8 to 24 kHz would land on the speech: three times the
 * noise that is there). Streams, keeping the last few input samples between calls, allocation-free after
 * creation, its output a constant half a kernel late; {@link #resample} converts a whole recording.
 */
public final class Resampler {
    /** The one-shot kernel reaches this many zero crossings of its sinc each way: a steep cut. */
    private static final int ZERO_CROSSINGS = 12;
    /**
     * A whole recording's kernel is cut short at this many taps (from above 78 kHz): a rate with no
     * common divisor with the other holds up to 16 000 phases of it.
     */
    private static final int MOST_TAPS = 128;
    /** Keeps this share of the lower half rate, leaving the rest for the filter's slope. */
    private static final double PASSBAND = 0.92;

    private final int up;
    private final int down;
    private final int taps;
    private final float[][] phases;
    private final float[] history;
    /** Where the next output falls, in input samples ahead of {@code history}'s newest, times {@code up}. */
    private long position;

    /** From {@code inputRate} to {@code outputRate} samples per second, with a kernel of {@code taps} input samples. */
    public Resampler(int inputRate, int outputRate, int taps) {
        int common = gcd(inputRate, outputRate);
        up = outputRate / common;
        down = inputRate / common;
        this.taps = taps;
        history = new float[taps];
        double cutoff = cutoff(inputRate, outputRate);
        phases = new float[up][taps];
        for (int phase = 0; phase < up; phase++) {
            double fraction = (double) phase / up;
            double sum = 0;
            for (int tap = 0; tap < taps; tap++) {
                // Tap 0 is the oldest sample; the output sits between taps taps/2-1 and taps/2.
                double u = tap - (taps / 2 - 1) - fraction;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * u / (taps / 2.0));
                double sinc = u == 0 ? 1 : Math.sin(Math.PI * cutoff * u) / (Math.PI * cutoff * u);
                phases[phase][tap] = (float) (cutoff * sinc * window);
                sum += phases[phase][tap];
            }
            for (int tap = 0; tap < taps; tap++) {
                phases[phase][tap] /= (float) sum;
            }
        }
    }

    /** The cut, as a share of the input's half rate. */
    private static double cutoff(int inputRate, int outputRate) {
        return PASSBAND * Math.min(1.0, (double) outputRate / inputRate);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A whole recording at {@code from} Hz, at {@code to} Hz: as long, in time, and not late. */
    public static short[] resample(short[] pcm, int from, int to) {
        if (from == to) {
            return pcm;
        }
        int taps = Math.min(MOST_TAPS, 2 * (int) Math.ceil(ZERO_CROSSINGS / cutoff(from, to)));
        Resampler resampler = new Resampler(from, to, taps);
        int length = (int) ((long) pcm.length * to / from);
        // The output runs half a kernel late: drop what stands for the time before the first sample
        // (starting a fraction of an input sample on, so that the first kept output falls on it
        // exactly), and feed half a kernel of silence after the last, so the end comes out too.
        long halfKernel = (long) (taps / 2) * resampler.up;
        int late = (int) (halfKernel / resampler.down);
        resampler.position = halfKernel - (long) late * resampler.down;
        short[] out = new short[length];
        int[] produced = {0};
        Output keep = value -> {
            int at = produced[0]++ - late;
            if (at >= 0 && at < length) {
                out[at] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
            }
        };
        resampler.convert(pcm, 0, pcm.length, keep);
        resampler.convert(new short[taps], 0, taps, keep);
        return out;
    }

    /** Forgets the past, as at the start of a new stream. */
    public void reset() {
        Arrays.fill(history, 0);
        position = 0;
    }

    /**
     * Converts {@code count} input samples; writes the outputs to {@code out} and returns how many
     * (at most {@code count * up / down + 1}).
     */
    public int convert(short[] in, int offset, int count, Output out) {
        if (up == down) {
            // Same rate: a filter would only take away the top of the band.
            for (int i = 0; i < count; i++) {
                out.sample(in[offset + i]);
            }
            return count;
        }
        int produced = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(history, 1, history, 0, taps - 1);
            history[taps - 1] = in[offset + i];
            // position counts in 1/up input samples from the newest sample's arrival.
            while (position < up) {
                float[] kernel = phases[(int) position];
                float sum = 0;
                for (int tap = 0; tap < taps; tap++) {
                    sum += kernel[tap] * history[tap];
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
    public interface Output {
        void sample(float value);
    }
}
