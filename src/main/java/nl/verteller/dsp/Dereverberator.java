package nl.verteller.dsp;

/**
 * Takes a room's late reverberation out of short-time spectra, as weighted prediction error (WPE)
 * does: per frequency, what the room still sounds of earlier frames is predicted from them and
 * subtracted. The patient's next sound is hard to predict from what they said 48 ms and more before
 * it; the room's reflections of it are not. In a hall the small speech model hears "next" as "that"
 * and "home" as "go": the tail of each sound lies over the next.
 *
 * <p>Online: per frequency a filter over {@link #TAPS} past frames, from {@link #DELAY} frames back
 * (48–288 ms, where a room's late reflections lie; earlier ones colour speech, they do not blur it),
 * kept by recursive least squares on the prediction error, each frame weighted by its own mean power
 * so that a loud frame does not outweigh a soft one. It learns only from frames well above the steady
 * noise: a room's reflections are heard in speech, and the pauses would teach it to predict their
 * hiss instead. It forgets at {@link #FORGETTING} a frame (half a minute of speech): the room stays,
 * the patient moves. Where the prediction would make a frequency louder than it was heard (the filter
 * still learning the room, or a sound it does not know), that frequency stays as heard.
 *
 * <p>Works on the frames of {@link NoiseSuppressor} (512 samples, half overlapping) and adds no delay.
 * Two frames back (32 ms) would be the first that shares no sample with this one, but a held vowel
 * ("home") is still predictable from there, and in a damped room it went with the reverberation. One
 * thread.
 */
final class Dereverberator {
    private static final int TAPS = 16;
    private static final int DELAY = 3;
    private static final double FORGETTING = 0.9995;
    /** A frame teaches the filter when it stands this far above the steady noise (6 dB). */
    private static final double SPEECH_RATIO = 4;
    /** A power floor, so that digital silence divides by something. */
    private static final double QUIETEST = 1e-3;

    private final int frameSize;
    private final int bins;
    /** The last frames as heard, a ring: [frame][bin]. */
    private final double[][] pastRe;
    private final double[][] pastIm;
    private int pastCount;
    private int nextPast;
    private final Predictor[] predictors;
    private final double[] xRe = new double[TAPS];
    private final double[] xIm = new double[TAPS];
    private final double[] outRe;
    private final double[] outIm;

    /** @param frameSize the spectrum's length (a full FFT, both halves) */
    Dereverberator(int frameSize) {
        this.frameSize = frameSize;
        this.bins = frameSize / 2 + 1;
        pastRe = new double[DELAY + TAPS][bins];
        pastIm = new double[DELAY + TAPS][bins];
        predictors = new Predictor[bins];
        for (int k = 0; k < bins; k++) {
            predictors[k] = new Predictor();
        }
        outRe = new double[bins];
        outIm = new double[bins];
    }

    /**
     * Takes the predicted reverberation out of one frame's spectrum, in place.
     *
     * @param steadyNoise the room's steady noise power over all frequencies, to judge whether this
     *                    frame is speech that can teach the filter
     */
    void frame(double[] re, double[] im, double steadyNoise) {
        if (pastCount < pastRe.length) {
            remember(re, im);
            return;
        }
        double total = 0;
        for (int k = 0; k < bins; k++) {
            total += re[k] * re[k] + im[k] * im[k];
        }
        boolean learn = total > SPEECH_RATIO * steadyNoise;
        double weight = Math.max(QUIETEST, total / bins);
        for (int k = 0; k < bins; k++) {
            dereverberate(k, re[k], im[k], learn, weight);
        }
        // The filter predicts from the room's sound as heard, not from what it left of it.
        remember(re, im);
        for (int k = 0; k < bins; k++) {
            re[k] = outRe[k];
            im[k] = outIm[k];
            if (k > 0 && k < bins - 1) {
                re[frameSize - k] = outRe[k];
                im[frameSize - k] = -outIm[k];
            }
        }
    }

    private void dereverberate(int k, double heardRe, double heardIm, boolean learn, double weight) {
        for (int i = 0; i < TAPS; i++) {
            int past = Math.floorMod(nextPast - DELAY - i, pastRe.length);
            xRe[i] = pastRe[past][k];
            xIm[i] = pastIm[past][k];
        }
        Predictor predictor = predictors[k];
        predictor.predict(xRe, xIm);
        double errorRe = heardRe - predictor.predictedRe;
        double errorIm = heardIm - predictor.predictedIm;
        if (learn) {
            predictor.learn(xRe, xIm, errorRe, errorIm, weight);
        }
        boolean louder = errorRe * errorRe + errorIm * errorIm > heardRe * heardRe + heardIm * heardIm;
        outRe[k] = louder ? heardRe : errorRe;
        outIm[k] = louder ? heardIm : errorIm;
    }

    /** Hears a frame that stays as it is: it teaches nothing, and is the past the next frames are predicted from. */
    void remember(double[] re, double[] im) {
        System.arraycopy(re, 0, pastRe[nextPast], 0, bins);
        System.arraycopy(im, 0, pastIm[nextPast], 0, bins);
        nextPast = (nextPast + 1) % pastRe.length;
        pastCount = Math.min(pastCount + 1, pastRe.length);
    }

    /**
     * One frequency's prediction filter g, complex, and the inverse of its weighted covariance P,
     * kept by recursive least squares: the prediction is g^H x, the error e = heard − g^H x.
     */
    private static final class Predictor {
        private final double[] gRe = new double[TAPS];
        private final double[] gIm = new double[TAPS];
        private final double[] pRe = new double[TAPS * TAPS];
        private final double[] pIm = new double[TAPS * TAPS];
        private final double[] uRe = new double[TAPS];
        private final double[] uIm = new double[TAPS];
        double predictedRe;
        double predictedIm;

        Predictor() {
            for (int i = 0; i < TAPS; i++) {
                pRe[i * TAPS + i] = 1;
            }
        }

        void predict(double[] xRe, double[] xIm) {
            predictedRe = 0;
            predictedIm = 0;
            for (int i = 0; i < TAPS; i++) {
                predictedRe += gRe[i] * xRe[i] + gIm[i] * xIm[i];
                predictedIm += gRe[i] * xIm[i] - gIm[i] * xRe[i];
            }
        }

        /** u = P x; gain = u / (forgetting · weight + x^H u); g += gain · conj(e); P = (P − gain u^H) / forgetting. */
        void learn(double[] xRe, double[] xIm, double errorRe, double errorIm, double weight) {
            double quadratic = 0;
            for (int i = 0; i < TAPS; i++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int j = 0; j < TAPS; j++) {
                    int ij = i * TAPS + j;
                    sumRe += pRe[ij] * xRe[j] - pIm[ij] * xIm[j];
                    sumIm += pRe[ij] * xIm[j] + pIm[ij] * xRe[j];
                }
                uRe[i] = sumRe;
                uIm[i] = sumIm;
                quadratic += xRe[i] * sumRe + xIm[i] * sumIm;
            }
            double denominator = FORGETTING * weight + quadratic;
            for (int i = 0; i < TAPS; i++) {
                double gainRe = uRe[i] / denominator;
                double gainIm = uIm[i] / denominator;
                gRe[i] += gainRe * errorRe + gainIm * errorIm;
                gIm[i] += gainIm * errorRe - gainRe * errorIm;
                for (int j = 0; j < TAPS; j++) {
                    int ij = i * TAPS + j;
                    pRe[ij] = (pRe[ij] - (gainRe * uRe[j] + gainIm * uIm[j])) / FORGETTING;
                    pIm[ij] = (pIm[ij] - (gainIm * uRe[j] - gainRe * uIm[j])) / FORGETTING;
                }
            }
        }
    }
}
