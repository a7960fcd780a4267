package nl.verteller.dsp;

/**
 * Speeds speech up without raising its pitch (WSOLA: waveform-similarity overlap-add). Windows of
 * 20 ms are taken from the input further apart than they are laid down in the output, each shifted
 * by up to 5 ms to where it continues the output's last window most alike, so the voice's periods
 * line up and no echo or warble is heard.
 */
public final class TimeScale {
    private static final int WINDOW = 320;
    private static final int HOP = WINDOW / 2;
    private static final int TOLERANCE = 80;

    private TimeScale() {
    }

    /** {@code pcm} played {@code factor} times as fast (factor ≥ 1), at the same pitch. */
    public static short[] faster(short[] pcm, double factor) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("factor must be 1 or more: " + factor);
        }
        return atTempo(pcm, factor);
    }

    /** {@code pcm} said {@code factor} times as fast (0.5 to 2: slower below 1), at the same pitch. */
    public static short[] atTempo(short[] pcm, double factor) {
        if (!(factor >= 0.5 && factor <= 2)) {
            throw new IllegalArgumentException("factor must be 0.5 to 2: " + factor);
        }
        int frames = (int) ((pcm.length - WINDOW - TOLERANCE) / (HOP * factor));
        if (frames < 2) {
            return pcm.clone();
        }
        double[] window = new double[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW);
        }
        double[] out = new double[frames * HOP + WINDOW];
        int taken = 0;
        for (int frame = 0; frame < frames; frame++) {
            int nominal = (int) Math.round(frame * HOP * factor);
            int from = frame == 0 ? 0 : mostAlike(pcm, taken + HOP, nominal);
            for (int i = 0; i < WINDOW; i++) {
                out[frame * HOP + i] += window[i] * pcm[from + i];
            }
            taken = from;
        }
        short[] scaled = new short[frames * HOP + HOP];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(out[i])));
        }
        return scaled;
    }

    /**
     * The start near {@code nominal} whose window is most like the input that naturally follows the
     * window laid down last ({@code natural}).
     */
    private static int mostAlike(short[] pcm, int natural, int nominal) {
        int best = Math.max(0, Math.min(nominal, pcm.length - WINDOW));
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int shift = -TOLERANCE; shift <= TOLERANCE; shift++) {
            int from = nominal + shift;
            if (from < 0 || from + WINDOW > pcm.length || natural + WINDOW > pcm.length) {
                continue;
            }
            double score = 0;
            for (int i = 0; i < WINDOW; i += 2) {
                score += (double) pcm[natural + i] * pcm[from + i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = from;
            }
        }
        return best;
    }
}
