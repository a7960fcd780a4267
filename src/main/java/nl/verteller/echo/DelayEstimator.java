package nl.verteller.echo;

import java.util.OptionalInt;
import nl.verteller.dsp.Fft;

/**
 * Finds how long the speaker's sound takes to come back in the microphone, by generalized
 * cross-correlation with phase transform (GCC-PHAT) of the last second of microphone audio against
 * the reference around it. The phase transform whitens both, so the peak is sharp for speech and
 * hardly moved by a patient talking over it. Allocates its buffers once.
 */
final class DelayEstimator {
    private final int window;
    private final int maxLag;
    private final Fft fft;
    private final double[] micRe;
    private final double[] micIm;
    private final double[] refRe;
    private final double[] refIm;
    private final double minPeakRatio;

    /**
     * @param window       microphone samples compared
     * @param maxLag       the longest delay looked for, in samples
     * @param minPeakRatio how far the correlation peak must stand above the average to be believed
     */
    DelayEstimator(int window, int maxLag, double minPeakRatio) {
        this.window = window;
        this.maxLag = maxLag;
        this.minPeakRatio = minPeakRatio;
        fft = new Fft(Integer.highestOneBit(window + maxLag - 1) * 2);
        micRe = new double[fft.size()];
        micIm = new double[fft.size()];
        refRe = new double[fft.size()];
        refIm = new double[fft.size()];
    }

    /** Reference samples needed before the microphone window: {@code window + maxLag} in all. */
    int referenceLength() {
        return window + maxLag;
    }

    int window() {
        return window;
    }

    /**
     * @param mic       the last {@link #window()} microphone samples
     * @param reference the {@link #referenceLength()} reference samples ending where {@code mic} ends
     * @return the delay in samples, or empty when the correlation shows no clear echo
     */
    OptionalInt estimate(float[] mic, float[] reference) {
        int n = fft.size();
        for (int i = 0; i < n; i++) {
            micRe[i] = i < window ? mic[i] : 0;
            refRe[i] = i < reference.length ? reference[i] : 0;
            micIm[i] = 0;
            refIm[i] = 0;
        }
        fft.forward(micRe, micIm);
        fft.forward(refRe, refIm);
        // conj(M) * R, whitened: its inverse peaks at lag maxLag - delay.
        for (int k = 0; k < n; k++) {
            double re = micRe[k] * refRe[k] + micIm[k] * refIm[k];
            double im = micRe[k] * refIm[k] - micIm[k] * refRe[k];
            double magnitude = Math.hypot(re, im) + 1e-9;
            micRe[k] = re / magnitude;
            micIm[k] = im / magnitude;
        }
        fft.inverse(micRe, micIm);
        int best = 0;
        double peak = -1;
        double sum = 0;
        for (int lag = 0; lag <= maxLag; lag++) {
            double value = Math.abs(micRe[lag]);
            sum += value;
            if (value > peak) {
                peak = value;
                best = lag;
            }
        }
        double average = sum / (maxLag + 1);
        return peak > minPeakRatio * average ? OptionalInt.of(maxLag - best) : OptionalInt.empty();
    }
}
