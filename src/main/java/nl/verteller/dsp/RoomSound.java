package nl.verteller.dsp;

import java.util.Arrays;

import java.util.Random;

/**
 * What a waiting room does to sound, for benchmarks and tests that hear speech as the kiosk would:
 * reverberation, a TV's loudspeaker (band-limited, compressed), and talk behind the patient mixed in
 * at a given level below the patient's voice. 16 kHz mono, as floats (sums of sounds clip only at
 * the end, in {@link #toPcm}).
 */
public final class RoomSound {
    private static final int RATE = 16_000;
    /** Samples quieter than this (about -50 dBFS) are pauses, not speech, when measuring a voice's level. */
    private static final double VOICED = 100;

    private RoomSound() {
    }

    /**
     * {@code dry} as heard in a room whose reflections die away by 60 dB in {@code rt60Millis}, with
     * the reflections {@code directToReverbDb} below the direct sound in energy (a usual model:
     * exponentially decaying noise after the direct sound). The result is as long as {@code dry}.
     */
    public static float[] reverberate(float[] dry, int rt60Millis, double directToReverbDb, long seed) {
        int length = rt60Millis * RATE / 1000;
        double[] response = new double[length];
        Random random = new Random(seed);
        double decay = Math.log(1000) / length;
        double tail = 0;
        for (int k = 1; k < length; k++) {
            response[k] = random.nextGaussian() * Math.exp(-decay * k);
            tail += response[k] * response[k];
        }
        double scale = Math.sqrt(Math.pow(10, -directToReverbDb / 10) / tail);
        for (int k = 1; k < length; k++) {
            response[k] *= scale;
        }
        response[0] = 1;
        return convolve(dry, response);
    }

    /**
     * The sample after the last one louder than -40 dBFS in dry speech: where the voice stops, ignoring
     * its own soft tail (benchmarks and tests time a decision from there).
     */
    public static int lastSound(float[] pcm) {
        for (int i = pcm.length - 1; i >= 0; i--) {
            if (Math.abs(pcm[i]) > 328) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Linear convolution by FFT, cut to the length of {@code signal}. */
    static float[] convolve(float[] signal, double[] response) {
        int size = Integer.highestOneBit(signal.length + response.length) * 2;
        Fft fft = new Fft(size);
        double[] sr = new double[size];
        double[] si = new double[size];
        double[] rr = new double[size];
        double[] ri = new double[size];
        for (int i = 0; i < signal.length; i++) {
            sr[i] = signal[i];
        }
        System.arraycopy(response, 0, rr, 0, response.length);
        fft.forward(sr, si);
        fft.forward(rr, ri);
        for (int i = 0; i < size; i++) {
            double re = sr[i] * rr[i] - si[i] * ri[i];
            si[i] = sr[i] * ri[i] + si[i] * rr[i];
            sr[i] = re;
        }
        fft.inverse(sr, si);
        float[] out = new float[signal.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) sr[i];
        }
        return out;
    }

    /**
     * Speech as a TV's loudspeaker gives it: band-limited to {@code lowHz}–{@code highHz} (two
     * second-order sections each side) and compressed as broadcast sound is (fast attack, slow
     * release, 4:1 above a threshold 20 dB below the peak level), so it hardly ever falls silent.
     */
    public static float[] likeTv(float[] speech, double lowHz, double highHz) {
        float[] band = Biquad.highPass(lowHz, RATE).run(Biquad.highPass(lowHz, RATE).run(speech));
        band = Biquad.lowPass(highHz, RATE).run(Biquad.lowPass(highHz, RATE).run(band));
        double peak = 1;
        for (float s : band) {
            peak = Math.max(peak, Math.abs(s));
        }
        double threshold = peak / 10;
        double attack = Math.exp(-1.0 / (0.005 * RATE));
        double release = Math.exp(-1.0 / (0.2 * RATE));
        double envelope = 0;
        float[] out = new float[band.length];
        for (int i = 0; i < band.length; i++) {
            double level = Math.abs(band[i]);
            envelope = level > envelope ? attack * envelope + (1 - attack) * level : release * envelope + (1 - release) * level;
            double gain = envelope > threshold ? Math.pow(envelope / threshold, 1.0 / 4 - 1) : 1;
            out[i] = (float) (band[i] * gain);
        }
        return out;
    }

    /** The RMS level of {@code pcm} where it is voiced (pauses left out), as speech levels are measured. */
    public static double speechLevel(float[] pcm) {
        double sum = 0;
        int voiced = 0;
        for (float s : pcm) {
            if (Math.abs(s) > VOICED) {
                sum += (double) s * s;
                voiced++;
            }
        }
        return Math.sqrt(sum / Math.max(1, voiced));
    }

    /** The RMS level of all of {@code pcm}: for a background that goes on, its level as the room hears it. */
    public static double level(float[] pcm) {
        double sum = 0;
        for (float s : pcm) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / Math.max(1, pcm.length));
    }

    /** Adds {@code background} into {@code into} (in place), scaled to {@code level} RMS. */
    public static void addAt(float[] into, float[] background, double level) {
        double scale = level / Math.max(1e-9, level(background));
        for (int i = 0; i < Math.min(into.length, background.length); i++) {
            into[i] += (float) (background[i] * scale);
        }
    }

    /** 16-bit samples, clipped. */
    public static short[] toPcm(float[] samples) {
        short[] pcm = new short[samples.length];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i])));
        }
        return pcm;
    }

    /** {@code first}, then {@code second}. */
    public static float[] concat(float[] first, float[] second) {
        float[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    public static float[] toFloats(short[] pcm) {
        float[] samples = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            samples[i] = pcm[i];
        }
        return samples;
    }

    /** A second-order filter section (RBJ cookbook, Q = 1/√2). */
    private record Biquad(double b0, double b1, double b2, double a1, double a2) {
        static Biquad lowPass(double hz, int rate) {
            double w = 2 * Math.PI * hz / rate;
            double alpha = Math.sin(w) / Math.sqrt(2);
            double cos = Math.cos(w);
            double a0 = 1 + alpha;
            return new Biquad((1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
        }

        static Biquad highPass(double hz, int rate) {
            double w = 2 * Math.PI * hz / rate;
            double alpha = Math.sin(w) / Math.sqrt(2);
            double cos = Math.cos(w);
            double a0 = 1 + alpha;
            return new Biquad((1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
        }

        float[] run(float[] in) {
            float[] out = new float[in.length];
            double x1 = 0;
            double x2 = 0;
            double y1 = 0;
            double y2 = 0;
            for (int i = 0; i < in.length; i++) {
                double y = b0 * in[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                x2 = x1;
                x1 = in[i];
                y2 = y1;
                y1 = y;
                out[i] = (float) y;
            }
            return out;
        }
    }
}
