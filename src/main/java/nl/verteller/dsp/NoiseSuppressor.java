package nl.verteller.dsp;

import java.util.Arrays;

/**
 * Takes steady background noise (a fan, air conditioning, hiss) out of 16 kHz speech before the
 * recognizer hears it; the small speech model loses most of its words in noise a person hardly
 * minds.
 *
 * <p>Short-time spectra of 32 ms frames, half overlapping, with square-root Hann windows on both
 * sides so that the frames add back up to the input exactly. Per frequency the noise is the minimum
 * of the smoothed power over the last 1.5 s (speech never fills one frequency that long), corrected
 * for the bias of a minimum; each frequency is then scaled by the Wiener gain of its speech-to-noise
 * ratio, estimated decision-directed (from the last frame's cleaned speech and this frame's excess),
 * which keeps the leftover noise smooth instead of "musical". The gain never drops below a floor:
 * carving deeper into the noise starts to carve into speech, which costs the recognizer more.
 * Silence stays silence.
 *
 * <p>Before the gain, each frame's late reverberation is taken out ({@link Dereverberator}): in a
 * hall the tail of one sound lies over the next, and the small model hears another word.
 *
 * <p>Where the room talks (people behind the patient, a TV), the minimum is the pauses between their
 * words, and their talk would pass; there the noise is the talk's loud level ({@link TalkNoise}), and
 * the gain floor higher ({@link #TALK_FLOOR}).
 *
 * <p>Streaming, as many samples out as in, {@link #LATENCY} late. One thread.
 */
public final class NoiseSuppressor {
    /** Gain floor that measured best on the voice benchmark (−14 dB). */
    public static final double DEFAULT_FLOOR = 0.2;
    /**
     * Samples from input to output: the frames' own 16 ms plus what any call size may wait for, made a
     * whole 40 ms (two microphone chunks, four of the recognizer's 10 ms frames), so that in a quiet room
     * the recognizer gets the very samples it would get without suppression, 40 ms later.
     */
    public static final int LATENCY = 640;

    private static final int FRAME = 512;
    private static final int HOP = FRAME / 2;
    private static final int BINS = FRAME / 2 + 1;
    /** The minimum is searched over SUBWINDOWS sub-windows of SUBWINDOW frames: 96 × 16 ms. */
    private static final int SUBWINDOW = 12;
    private static final int SUBWINDOWS = 8;
    private static final double SMOOTHING = 0.8;
    /** Mean over minimum of the smoothed noise power (measured on white noise). */
    private static final double MINIMUM_BIAS = 2.0;
    private static final double DECISION_DIRECTED = 0.98;
    /**
     * A room whose loud moments stand this far above its steady noise talks (people, a TV; a fan or
     * hiss stands 1–2 dB): there the noise is the talk's loud level (see {@link TalkNoise}).
     */
    private static final double TALK_SPREAD_DB = 3;
    /**
     * The gain floor where the room talks: the talk's noise estimate lies high, and deeper cuts take
     * the patient's own softer words with it, which turns what is left of a sentence into a command.
     */
    private static final double TALK_FLOOR = 0.35;
    /** A power no noise estimate goes below, so digital silence divides by something. */
    private static final double QUIETEST = 1e-3;

    private final double floor;
    private final Fft fft = new Fft(FRAME);
    private final double[] window = new double[FRAME];
    private final double[] input = new double[FRAME];
    private final double[] output = new double[FRAME];
    private final double[] re = new double[FRAME];
    private final double[] im = new double[FRAME];
    private final double[] smoothed = new double[BINS];
    private final double[] subwindowMinimum = new double[BINS];
    private final double[][] pastMinima = new double[SUBWINDOWS - 1][BINS];
    private final double[] cleanBefore = new double[BINS];
    private final TalkNoise talk = new TalkNoise(BINS);
    /** Null where the late reverberation stays in (tests that measure what taking it out does). */
    private final Dereverberator dereverberator;
    /** Whether the kiosk sounds (see {@link #whileKioskSounds}). */
    private boolean kioskSounds;
    /** Whether the room talks (see {@link #TALK_SPREAD_DB}), judged before each frame. */
    private boolean talking;
    /** The steady noise over all frequencies, summed while judging the frame. */
    private double steadyTotal;
    /** Cleaned samples not yet handed out; it starts with the silence that makes up {@link #LATENCY}. */
    private double[] pending = new double[2 * LATENCY];
    private int pendingStart;
    private int pendingCount;
    private int fresh;
    private long frames;

    /** @param floor the lowest gain, 0–1: 0 takes out what it can, 1 takes out only late reverberation */
    public NoiseSuppressor(double floor) {
        this(floor, true);
    }

    NoiseSuppressor(double floor, boolean dereverberate) {
        this.dereverberator = dereverberate ? new Dereverberator(FRAME) : null;
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("gain floor must be 0–1: " + floor);
        }
        this.floor = floor;
        for (int i = 0; i < FRAME; i++) {
            window[i] = Math.sqrt(0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
        }
        for (double[] minima : pastMinima) {
            Arrays.fill(minima, Double.POSITIVE_INFINITY);
        }
        Arrays.fill(subwindowMinimum, Double.POSITIVE_INFINITY);
        for (int i = 0; i < LATENCY - (FRAME - HOP); i++) {
            hand(0);
        }
    }

    /**
     * Whether the kiosk sounds now or just did. Its own voice fills the microphone then (all of it where
     * there is no echo canceller), and it is not the patient's: the late reverberation stays in it, and
     * it teaches the dereverberation nothing. Taken out, the kiosk's own scan word "chapter two" was
     * heard as "softer", a command that counts while the kiosk sounds, at 14 and 15 of 80 start times
     * in two sweeps ({@code OneWayOutTest}; 0 of 80 with the reverberation left in).
     */
    public void whileKioskSounds(boolean sounds) {
        kioskSounds = sounds;
    }

    /** The cleaned audio, {@code count} samples, {@link #LATENCY} samples late. */
    public short[] process(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            input[FRAME - HOP + fresh++] = pcm[i];
            if (fresh == HOP) {
                frame();
                for (int j = 0; j < HOP; j++) {
                    hand(output[j]);
                }
                System.arraycopy(output, HOP, output, 0, FRAME - HOP);
                Arrays.fill(output, FRAME - HOP, FRAME, 0);
                System.arraycopy(input, HOP, input, 0, FRAME - HOP);
                fresh = 0;
            }
        }
        short[] cleaned = new short[count];
        for (int i = 0; i < count; i++) {
            double sample = pending[pendingStart];
            pendingStart = (pendingStart + 1) % pending.length;
            pendingCount--;
            cleaned[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample)));
        }
        return cleaned;
    }

    /** Queues a cleaned sample to be handed out. */
    private void hand(double sample) {
        if (pendingCount == pending.length) {
            double[] larger = new double[pending.length * 2];
            for (int i = 0; i < pendingCount; i++) {
                larger[i] = pending[(pendingStart + i) % pending.length];
            }
            pending = larger;
            pendingStart = 0;
        }
        pending[(pendingStart + pendingCount++) % pending.length] = sample;
    }

    private void frame() {
        for (int i = 0; i < FRAME; i++) {
            re[i] = input[i] * window[i];
            im[i] = 0;
        }
        fft.forward(re, im);
        // The very first frame is half the silence before the stream: no measure of the room.
        if (frames > 0) {
            if (dereverberator != null) {
                if (kioskSounds) {
                    dereverberator.remember(re, im);
                } else {
                    dereverberator.frame(re, im, steadyTotal);
                }
            }
            talking = talk.aboveDb(steadyTotal) >= TALK_SPREAD_DB;
            steadyTotal = 0;
            double total = 0;
            for (int k = 0; k < BINS; k++) {
                double power = re[k] * re[k] + im[k] * im[k];
                total += power;
                double gain = gain(k, power);
                scale(k, gain);
                if (k > 0 && k < BINS - 1) {
                    scale(FRAME - k, gain);
                }
            }
            nextFrameOfMinimumSearch();
            talk.frame(smoothed, total);
        }
        frames++;
        fft.inverse(re, im);
        for (int i = 0; i < FRAME; i++) {
            output[i] += re[i] * window[i];
        }
    }

    private double gain(int k, double power) {
        smoothed[k] = frames == 1 ? power : SMOOTHING * smoothed[k] + (1 - SMOOTHING) * power;
        subwindowMinimum[k] = Math.min(subwindowMinimum[k], smoothed[k]);
        double minimum = subwindowMinimum[k];
        for (double[] minima : pastMinima) {
            minimum = Math.min(minimum, minima[k]);
        }
        double noise = Math.max(QUIETEST, MINIMUM_BIAS * minimum);
        steadyTotal += noise;
        if (talking) {
            noise = Math.max(noise, talk.noise(k));
        }
        double excess = Math.max(0, power / noise - 1);
        double snr = frames == 1 ? excess
                : DECISION_DIRECTED * cleanBefore[k] / noise + (1 - DECISION_DIRECTED) * excess;
        double gain = Math.max(talking ? Math.max(floor, TALK_FLOOR) : floor, snr / (1 + snr));
        cleanBefore[k] = gain * gain * power;
        return gain;
    }

    private void scale(int bin, double gain) {
        re[bin] *= gain;
        im[bin] *= gain;
    }

    /** Every SUBWINDOW frames the current minimum joins the past ones and the oldest drops out. */
    private void nextFrameOfMinimumSearch() {
        if (frames % SUBWINDOW != 0) {
            return;
        }
        double[] oldest = pastMinima[pastMinima.length - 1];
        System.arraycopy(pastMinima, 0, pastMinima, 1, pastMinima.length - 1);
        System.arraycopy(subwindowMinimum, 0, oldest, 0, BINS);
        pastMinima[0] = oldest;
        Arrays.fill(subwindowMinimum, Double.POSITIVE_INFINITY);
    }
}
