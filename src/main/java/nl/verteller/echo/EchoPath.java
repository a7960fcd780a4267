package nl.verteller.echo;

import java.util.Arrays;
import nl.verteller.dsp.Fft;

/**
 * The adaptive estimate of the path from speaker to microphone (the room, or PulseAudio's loop):
 * predicts the echo in each block of microphone audio from the reference and subtracts it.
 *
 * <p>A partitioned-block frequency-domain NLMS filter (overlap-save): the filter's taps are cut into
 * {@code partitions} blocks of {@code block} samples, each a spectrum, so {@code block × partitions}
 * taps cost a few small FFTs per block instead of a multiply per tap per sample. Each frequency bin
 * learns at a rate normalized by the reference's power in that bin, which makes speech (loud low
 * bins, quiet high ones) converge nearly as fast as white noise. The gradient constraint, which
 * keeps each partition's impulse response from wrapping around, is applied to every partition in
 * every block: Speex's MDF does one partition per block to save time, but 2 small FFTs per
 * partition are cheap here and the exact constraint cancels about 10 dB more on the PulseAudio
 * loop. Allocation-free after creation.
 *
 * <p>Double talk (a patient speaking over the narration) is handled with two filters, as in Speex
 * and WebRTC, instead of a level detector that would need the room's loss: a background filter
 * always learns, fast; the foreground filter, whose output is used, is only ever a copy of it. The
 * copy is taken when the background has been cancelling clearly better for a while. When someone
 * talks, the background learns their voice and gets worse, so nothing is copied and the foreground
 * keeps cancelling the narration and nothing else; once the background is clearly worse it starts
 * again from the foreground.
 */
final class EchoPath {
    private static final double SMOOTHING = 0.9;
    private static final double COMPARE_SMOOTHING = 0.85;
    /** The background takes over when its residual is this much smaller (−3 dB)... */
    private static final double BETTER = 0.5;
    /** ...and starts again from the foreground when this much larger (+6 dB). */
    private static final double WORSE = 4;

    private final int block;
    private final int partitions;
    private final int size;
    private final double step;
    private final Fft fft;
    /** Reference spectra, newest at {@code newest}, older ones behind it in the ring. */
    private final double[][] xRe;
    private final double[][] xIm;
    private final double[][] wRe;
    private final double[][] wIm;
    private final double[][] fRe;
    private final double[][] fIm;
    private final double[] backgroundError;
    private double backgroundEnergy;
    private double foregroundEnergy;
    private final double[] power;
    private final double[] lastReference;
    private final double[] re;
    private final double[] im;
    private final double[] eRe;
    private final double[] eIm;
    private int newest;

    /**
     * @param block      samples per block (a power of two)
     * @param partitions blocks of taps: the filter spans {@code block × partitions} samples
     * @param step       the NLMS step, 0–1: larger learns faster and forgets faster
     */
    EchoPath(int block, int partitions, double step) {
        this.block = block;
        this.partitions = partitions;
        this.size = 2 * block;
        this.step = step;
        fft = new Fft(size);
        xRe = new double[partitions][size];
        xIm = new double[partitions][size];
        wRe = new double[partitions][size];
        wIm = new double[partitions][size];
        fRe = new double[partitions][size];
        fIm = new double[partitions][size];
        backgroundError = new double[block];
        power = new double[size];
        lastReference = new double[block];
        re = new double[size];
        im = new double[size];
        eRe = new double[size];
        eIm = new double[size];
    }

    int block() {
        return block;
    }

    /** Forgets the path and the past reference: for a new alignment. */
    void reset() {
        for (int p = 0; p < partitions; p++) {
            Arrays.fill(wRe[p], 0);
            Arrays.fill(wIm[p], 0);
            Arrays.fill(fRe[p], 0);
            Arrays.fill(fIm[p], 0);
        }
        backgroundEnergy = 0;
        foregroundEnergy = 0;
        forgetReference();
    }

    /**
     * Starts both filters from a short stretch of impulse response, {@code taps[0]} at filter tap
     * {@code at}: a first guess, which they refine far sooner than they learn the path from nothing.
     */
    void start(double[] taps, int at) {
        reset();
        for (int p = 0; p < partitions; p++) {
            Arrays.fill(re, 0);
            Arrays.fill(im, 0);
            for (int k = 0; k < taps.length; k++) {
                int tap = at + k - p * block;
                if (tap >= 0 && tap < block) {
                    re[tap] = taps[k];
                }
            }
            fft.forward(re, im);
            System.arraycopy(re, 0, wRe[p], 0, size);
            System.arraycopy(im, 0, wIm[p], 0, size);
        }
        copy(wRe, wIm, fRe, fIm);
    }

    /** Forgets the past reference but keeps the path: after silence, for the next stretch of sound. */
    void forgetReference() {
        for (int p = 0; p < partitions; p++) {
            Arrays.fill(xRe[p], 0);
            Arrays.fill(xIm[p], 0);
        }
        Arrays.fill(power, 0);
        Arrays.fill(lastReference, 0);
    }

    /**
     * One block: {@code out = mic − predicted echo}; {@code out} may be {@code mic}. With
     * {@code learn} (the reference is loud enough to learn from) the background filter learns, and
     * the two filters are compared.
     */
    void cancel(float[] mic, float[] reference, boolean learn, float[] out) {
        pushReference(reference);
        predict(wRe, wIm);
        double background = 0;
        for (int i = 0; i < block; i++) {
            backgroundError[i] = mic[i] - re[block + i];
            background += backgroundError[i] * backgroundError[i];
        }
        predict(fRe, fIm);
        double foreground = 0;
        for (int i = 0; i < block; i++) {
            out[i] = (float) (mic[i] - re[block + i]);
            foreground += (double) out[i] * out[i];
        }
        if (learn) {
            learn(backgroundError);
            compare(background, foreground);
        }
    }

    /** Copies the better filter over the other once the difference has lasted (about 100 ms). */
    private void compare(double background, double foreground) {
        backgroundEnergy = COMPARE_SMOOTHING * backgroundEnergy + (1 - COMPARE_SMOOTHING) * background;
        foregroundEnergy = COMPARE_SMOOTHING * foregroundEnergy + (1 - COMPARE_SMOOTHING) * foreground;
        if (backgroundEnergy < BETTER * foregroundEnergy) {
            copy(wRe, wIm, fRe, fIm);
            foregroundEnergy = backgroundEnergy;
        } else if (backgroundEnergy > WORSE * foregroundEnergy) {
            copy(fRe, fIm, wRe, wIm);
            backgroundEnergy = foregroundEnergy;
        }
    }

    private void copy(double[][] fromRe, double[][] fromIm, double[][] toRe, double[][] toIm) {
        for (int p = 0; p < partitions; p++) {
            System.arraycopy(fromRe[p], 0, toRe[p], 0, size);
            System.arraycopy(fromIm[p], 0, toIm[p], 0, size);
        }
    }

    private void pushReference(float[] reference) {
        newest = (newest + 1) % partitions;
        double[] r = xRe[newest];
        double[] m = xIm[newest];
        for (int i = 0; i < block; i++) {
            r[i] = lastReference[i];
            r[block + i] = reference[i];
            lastReference[i] = reference[i];
        }
        Arrays.fill(m, 0);
        fft.forward(r, m);
        for (int k = 0; k < size; k++) {
            power[k] = SMOOTHING * power[k] + (1 - SMOOTHING) * (r[k] * r[k] + m[k] * m[k]);
        }
    }

    /** Leaves the echo predicted by filter {@code w} for this block in {@code re[block..]}. */
    private void predict(double[][] wRe, double[][] wIm) {
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        for (int p = 0; p < partitions; p++) {
            int x = Math.floorMod(newest - p, partitions);
            double[] ar = xRe[x];
            double[] ai = xIm[x];
            double[] br = wRe[p];
            double[] bi = wIm[p];
            for (int k = 0; k < size; k++) {
                re[k] += ar[k] * br[k] - ai[k] * bi[k];
                im[k] += ar[k] * bi[k] + ai[k] * br[k];
            }
        }
        fft.inverse(re, im);
    }

    /**
     * The background filter learns from its residual {@code error} of the block just cancelled.
     */
    private void learn(double[] error) {
        Arrays.fill(eRe, 0, block, 0);
        for (int i = 0; i < block; i++) {
            eRe[block + i] = error[i];
        }
        Arrays.fill(eIm, 0);
        fft.forward(eRe, eIm);
        double floor = 1e-3 * (mean(power) + 1);
        for (int k = 0; k < size; k++) {
            double gain = step / (partitions * power[k] + floor);
            eRe[k] *= gain;
            eIm[k] *= gain;
        }
        for (int p = 0; p < partitions; p++) {
            int x = Math.floorMod(newest - p, partitions);
            double[] ar = xRe[x];
            double[] ai = xIm[x];
            double[] br = wRe[p];
            double[] bi = wIm[p];
            // W += conj(X) · E
            for (int k = 0; k < size; k++) {
                br[k] += ar[k] * eRe[k] + ai[k] * eIm[k];
                bi[k] += ar[k] * eIm[k] - ai[k] * eRe[k];
            }
        }
        for (int p = 0; p < partitions; p++) {
            constrain(p);
        }
    }

    /** Keeps partition {@code p}'s impulse response to its first {@code block} taps. */
    private void constrain(int p) {
        System.arraycopy(wRe[p], 0, re, 0, size);
        System.arraycopy(wIm[p], 0, im, 0, size);
        fft.inverse(re, im);
        Arrays.fill(re, block, size, 0);
        Arrays.fill(im, 0);
        fft.forward(re, im);
        System.arraycopy(re, 0, wRe[p], 0, size);
        System.arraycopy(im, 0, wIm[p], 0, size);
    }

    private double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
