package nl.verteller.echo;

import java.util.OptionalInt;
import nl.verteller.audio.ChunkListener;
import nl.verteller.audio.Microphone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the kiosk's own narration from the microphone, so voice control hears a patient say
 * "pause" over it. Sits between the {@link Microphone} and its listeners, on the {@code audio-in}
 * thread, and uses what the speaker played ({@link EchoReference}) as the reference.
 *
 * <p>Three parts: the delay from speaker to microphone is found by GCC-PHAT ({@link DelayEstimator})
 * and believed when two estimates agree; it may be negative, as the reference can place sound later
 * than it is heard (see {@link #MAX_EARLY}), and is checked again whenever the speaker stream starts
 * anew. An adaptive filter ({@link EchoPath}) placed just before that delay, started from a
 * least-squares guess of the few taps around it, learns the rest of the path (level, the room's
 * reflections, a few ms of drift) and subtracts its prediction, learning in a background copy so
 * that a patient talking over the narration is not learned and cancelled (see {@link EchoPath}).
 * While nothing has played for as long as an echo can last, the microphone passes through
 * unchanged and almost nothing is computed.
 *
 * <p>Until the delay is found and the filter is seen to remove the echo ({@link #CANCELLING_DB}), at the
 * narration's start and whenever the speaker stream starts anew, what it hands on holds the kiosk's voice
 * as loud as it came, and it says so ({@link ChunkListener#uncancelledEcho}): on the PulseAudio loop for
 * 1.5–3 s at the start of a chapter. Nothing heard in it counts as a command.
 *
 * <p>Measured: over 100 dB less narration in a simulated PulseAudio loop (a pure gain there) and
 * 20 dB in a simulated small room ({@code EchoCancellerTest}); on the real PulseAudio loop 20–25 dB
 * within half a second of finding the delay and 40–55 dB after a few seconds; "pause" said over the
 * narration there pauses it (end-to-end test).
 *
 * <p>Nothing heard is stored beyond the last second needed for the delay estimate, in memory.
 * The delay found and the echo reduction reached are logged, never audio.
 */
public final class EchoCanceller implements ChunkListener {
    private static final Logger LOG = LoggerFactory.getLogger(EchoCanceller.class);
    private static final int RATE = EchoReference.RATE;
    private static final int BLOCK = 256;
    /** 12 × 16 ms: the filter spans 192 ms of the path, reflections of a small room included. */
    private static final int PARTITIONS = 12;
    private static final double STEP = 1.0;
    /** The filter starts this far before the estimated delay, for jitter and drift. */
    private static final int LEAD = RATE * 32 / 1000;
    /** The speaker comes back in the microphone at most this late (1 s)... */
    private static final int MAX_DELAY = RATE;
    /**
     * ...or this early (0.5 s): after the speaker stream was idle, PulseAudio drops the first samples
     * written (they were due while it ran dry) while the reference counted them, so what is heard
     * comes before the place the reference gives it.
     */
    private static final int MAX_EARLY = RATE / 2;
    /** No delay known (delays may be negative: see {@link #MAX_EARLY}). */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int ESTIMATE_WINDOW = RATE;
    private static final int ESTIMATE_EVERY_UNLOCKED = RATE / 4;
    private static final int ESTIMATE_EVERY_LOCKED = RATE;
    /** Two estimates this close (2 ms) agree. */
    private static final int AGREE = RATE * 2 / 1000;
    /** A locked delay moves only when the echo is found this far (6 ms) away. */
    private static final int MOVE = RATE * 6 / 1000;
    /** A microphone chunk further than this (100 ms) from where the count says is a new stream. */
    private static final long RESTART = RATE / 10;
    private static final int HISTORY = Integer.highestOneBit(ESTIMATE_WINDOW) * 2;
    /** Taps of the first guess at the path, around the delay found: a fractional delay fits in 5. */
    private static final int GUESS_TAPS = 5;
    /** A first guess that removes less than this (−6 dB) of the microphone is no better than none. */
    private static final double GUESS_USEFUL = 0.25;
    /**
     * The filter removes the kiosk's voice once 256 ms of narration came out this much (12 dB) quieter than
     * it went in; on the PulseAudio loop it reaches 20–25 dB half a second after the delay is found.
     */
    private static final double CANCELLING_DB = 12;
    private static final int CANCELLING_BLOCKS = 16;
    /**
     * Audio counts as uncancelled for at most this much (5 s) of sound played since the echo had to be found
     * or learned anew, the delay found meanwhile or not: a speaker the microphone does not hear
     * (headphones) gives no delay at all.
     */
    private static final int MAX_UNCANCELLED = RATE * 5;

    private final EchoReference reference;
    private final ChunkListener next;
    private final EchoPath path = new EchoPath(BLOCK, PARTITIONS, STEP);
    private final DelayEstimator estimator = new DelayEstimator(ESTIMATE_WINDOW, MAX_DELAY + MAX_EARLY, 8);
    private final float[] history = new float[HISTORY];
    private final float[] estimateMic = new float[ESTIMATE_WINDOW];
    private final float[] estimateReference = new float[ESTIMATE_WINDOW + MAX_DELAY + MAX_EARLY];
    private final float[] micBlock = new float[BLOCK];
    private final float[] referenceBlock = new float[BLOCK];
    private final float[] outBlock = new float[BLOCK];
    private final short[] pending = new short[BLOCK];
    private short[] out = new short[0];
    private int pendingCount;
    private long micPosition = Long.MIN_VALUE;
    private boolean active;
    private int delay = UNKNOWN;
    private int candidate = UNKNOWN;
    private int untilEstimate;
    /** The reference's discontinuities seen so far; after a new one the delay is checked again soon. */
    private long discontinuities;
    private boolean checking = true;
    private final Measure measure = new Measure();
    /** Whether the kiosk's voice in the microphone goes on uncancelled (see {@link ChunkListener#uncancelledEcho}). */
    private boolean uncancelled;
    /**
     * How much audio the canceller has heard with sound playing since it had to find or learn the echo anew,
     * not yet seen to remove it; -1: it removes it. Silence between sounds proves nothing, so it keeps.
     */
    private long learningFor = -1;
    private double learnMic;
    private double learnResidual;
    private int learnBlocks;

    /** @param next where the cleaned microphone audio goes */
    public EchoCanceller(EchoReference reference, ChunkListener next) {
        this.reference = reference;
        this.next = next;
    }

    @Override
    public void available(boolean available, String detail) {
        next.available(available, detail);
    }

    @Override
    public void audio(short[] pcm, int count) {
        anchor(count);
        for (int i = 0; i < count; i++) {
            history[(int) ((micPosition + i) & (HISTORY - 1))] = pcm[i];
        }
        boolean wasActive = active;
        active = echoPossible(micPosition + count);
        if (!active) {
            if (wasActive) {
                finishStretch();
            }
            tellUncancelled();
            passThrough(pcm, count);
            return;
        }
        if (!wasActive) {
            path.forgetReference();
            untilEstimate = ESTIMATE_EVERY_UNLOCKED;
            if (delay == UNKNOWN) {
                // A known delay and path still hold after a pause in the narration.
                learnAnew();
            }
        }
        micPosition += count;
        if (reference.discontinuities() != discontinuities) {
            recheck();
        }
        estimateDelay(count);
        if (learningFor >= 0) {
            learningFor += count;
            if (learningFor > MAX_UNCANCELLED) {
                learningFor = -1;
            }
        }
        tellUncancelled();
        cancel(pcm, count, micPosition - count);
    }

    /**
     * The echo must be found or learned anew (narration starts, the speaker stream started again, a new
     * delay): until the filter is seen to remove it, what comes out is the kiosk's voice as loud as it came.
     */
    private void learnAnew() {
        if (learningFor < 0) {
            learningFor = 0;
        }
        learnMic = 0;
        learnResidual = 0;
        learnBlocks = 0;
    }

    /** Tells the listener when the audio it gets starts or stops holding the kiosk's voice uncancelled. */
    private void tellUncancelled() {
        boolean now = active && learningFor >= 0;
        if (now != uncancelled) {
            uncancelled = now;
            next.uncancelledEcho(now);
        }
    }

    /** Places the chunk on the reference's time line: counted on from the last, unless it jumped. */
    private void anchor(int count) {
        long now = reference.now();
        if (micPosition == Long.MIN_VALUE || Math.abs(now - (micPosition + count)) > RESTART) {
            if (micPosition != Long.MIN_VALUE) {
                LOG.debug("Echo canceller: microphone stream restarted; finding the delay again");
            }
            micPosition = now - count;
            delay = UNKNOWN;
            candidate = UNKNOWN;
            checking = true;
            path.reset();
            learnAnew();
        }
    }

    /**
     * The speaker stream started again (after running dry, a pause or a skip): where its samples
     * fall may have moved, so estimates come often until two agree again. The delay and the path
     * are kept meanwhile, as they are usually still right.
     */
    private void recheck() {
        discontinuities = reference.discontinuities();
        if (!checking) {
            LOG.debug("Echo canceller: the speaker stream started again; checking the delay");
        }
        candidate = UNKNOWN;
        checking = true;
        untilEstimate = Math.min(untilEstimate, ESTIMATE_EVERY_UNLOCKED);
        learnAnew();
    }

    /** Whether sound played recently enough for its echo to reach microphone audio up to {@code end}. */
    private boolean echoPossible(long end) {
        int reach = delay != UNKNOWN ? delay - LEAD + BLOCK * PARTITIONS : MAX_DELAY;
        return reference.lastSound() + reach + BLOCK >= end - Microphone.CHUNK;
    }

    private void passThrough(short[] pcm, int count) {
        if (pendingCount > 0) {
            next.audio(pending, pendingCount);
            pendingCount = 0;
        }
        micPosition += count;
        next.audio(pcm, count);
    }

    private void estimateDelay(int count) {
        untilEstimate -= count;
        if (untilEstimate > 0) {
            return;
        }
        untilEstimate = checking ? ESTIMATE_EVERY_UNLOCKED : ESTIMATE_EVERY_LOCKED;
        long end = micPosition;
        for (int i = 0; i < ESTIMATE_WINDOW; i++) {
            estimateMic[i] = history[(int) ((end - ESTIMATE_WINDOW + i) & (HISTORY - 1))];
        }
        reference.read(end - ESTIMATE_WINDOW - MAX_DELAY, estimateReference, 0, estimateReference.length);
        // The window reaches MAX_EARLY past the microphone's end, so the estimator's lag is delay + MAX_EARLY.
        OptionalInt found = estimator.estimate(estimateMic, estimateReference);
        LOG.debug("Echo canceller: delay estimate {} samples", found);
        if (found.isEmpty()) {
            return;
        }
        int estimate = found.getAsInt() - MAX_EARLY;
        boolean agrees = candidate != UNKNOWN && Math.abs(estimate - candidate) <= AGREE;
        candidate = estimate;
        if (agrees) {
            checking = false;
        }
        if (agrees && (delay == UNKNOWN || Math.abs(estimate - delay) > MOVE)) {
            LOG.info("Echo canceller: the speaker comes back in the microphone after {} ms", estimate * 1000 / RATE);
            delay = estimate;
            startPath();
            learnAnew();
        }
    }

    /**
     * Starts the filter from the few taps around the delay that best turn the reference into the
     * microphone over the window just estimated (least squares), when they remove a good part of
     * it: learning from nothing takes seconds, and a patient may say "pause" in them.
     */
    private void startPath() {
        double[][] equations = new double[GUESS_TAPS][GUESS_TAPS + 1];
        double[] x = new double[GUESS_TAPS];
        double micEnergy = 0;
        for (int i = 0; i < ESTIMATE_WINDOW; i++) {
            for (int k = 0; k < GUESS_TAPS; k++) {
                int at = i + MAX_DELAY - (delay + k - GUESS_TAPS / 2);
                x[k] = at >= 0 && at < estimateReference.length ? estimateReference[at] : 0;
            }
            double m = estimateMic[i];
            micEnergy += m * m;
            for (int k = 0; k < GUESS_TAPS; k++) {
                for (int l = 0; l < GUESS_TAPS; l++) {
                    equations[k][l] += x[k] * x[l];
                }
                equations[k][GUESS_TAPS] += x[k] * m;
            }
        }
        double[] correlation = new double[GUESS_TAPS];
        for (int k = 0; k < GUESS_TAPS; k++) {
            correlation[k] = equations[k][GUESS_TAPS];
        }
        double[] taps = LeastSquares.solve(equations);
        // What the least-squares fit removes of the microphone's energy.
        double explained = 0;
        for (int k = 0; k < GUESS_TAPS; k++) {
            explained += taps[k] * correlation[k];
        }
        if (micEnergy - explained < GUESS_USEFUL * micEnergy) {
            path.start(taps, LEAD - GUESS_TAPS / 2);
        } else {
            path.reset();
        }
    }

    /** Cancels block by block; a partial block waits for the next chunk. */
    private void cancel(short[] pcm, int count, long start) {
        if (out.length < count + BLOCK) {
            out = new short[count + BLOCK];
        }
        int produced = 0;
        long blockStart = start - pendingCount;
        for (int i = 0; i < count; i++) {
            pending[pendingCount++] = pcm[i];
            if (pendingCount == BLOCK) {
                cancelBlock(blockStart);
                for (int j = 0; j < BLOCK; j++) {
                    out[produced++] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(outBlock[j])));
                }
                blockStart += BLOCK;
                pendingCount = 0;
            }
        }
        if (produced > 0) {
            next.audio(out, produced);
        }
    }

    private void cancelBlock(long start) {
        double micEnergy = 0;
        for (int j = 0; j < BLOCK; j++) {
            micBlock[j] = pending[j];
            micEnergy += (double) pending[j] * pending[j];
        }
        if (delay == UNKNOWN) {
            System.arraycopy(micBlock, 0, outBlock, 0, BLOCK);
            return;
        }
        reference.read(start - delay + LEAD, referenceBlock, 0, BLOCK);
        double referenceEnergy = 0;
        for (float r : referenceBlock) {
            referenceEnergy += (double) r * r;
        }
        boolean audible = measure.audible(referenceEnergy);
        path.cancel(micBlock, referenceBlock, audible, outBlock);
        double residualEnergy = 0;
        for (int j = 0; j < BLOCK; j++) {
            residualEnergy += (double) outBlock[j] * outBlock[j];
        }
        if (audible) {
            measure.add(micEnergy, residualEnergy);
            learned(micEnergy, residualEnergy);
        }
    }

    /** Whether the filter, while learning, has now been seen to remove the echo (see {@link #CANCELLING_DB}). */
    private void learned(double micEnergy, double residualEnergy) {
        if (learningFor < 0) {
            return;
        }
        learnMic += micEnergy;
        learnResidual += residualEnergy;
        if (++learnBlocks == CANCELLING_BLOCKS) {
            if (Measure.db(learnMic, learnResidual) >= CANCELLING_DB) {
                learningFor = -1;
            }
            learnMic = 0;
            learnResidual = 0;
            learnBlocks = 0;
        }
    }

    private void finishStretch() {
        if (delay != UNKNOWN && measure.blocks() > 0) {
            LOG.info("Echo canceller: narration reduced by {} dB in the microphone, {} dB in its last second"
                    + " (delay {} ms)", Math.round(measure.erleDb()), Math.round(measure.lastSecondDb()),
                    delay * 1000 / RATE);
        }
        measure.clear();
    }

    /** Echo return loss enhancement over the current stretch of narration, in dB; NaN before any. */
    public double erleDb() {
        return measure.erleDb();
    }

    /** The delay from speaker to microphone in ms (negative: see {@link #MAX_EARLY}), or empty while not known. */
    public OptionalInt delayMillis() {
        return delay == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(delay * 1000 / RATE);
    }

    /**
     * Energy sums of echo-only blocks, for the echo reduction reached: over the whole stretch, which
     * includes the filter's first seconds of learning, and over its last full second, once learned.
     */
    private static final class Measure {
        private static final int SECOND = RATE / BLOCK;
        private double mic;
        private double residual;
        private int blocks;
        private double loudest;
        private double secondMic;
        private double secondResidual;
        private int secondBlocks;
        private double lastSecond = Double.NaN;

        /** A block with reference well above the quietest bits of speech (5% of the loudest recently heard, −26 dB). */
        boolean audible(double referenceEnergy) {
            loudest = Math.max(referenceEnergy, loudest * 0.999);
            return referenceEnergy > 0.0025 * loudest && referenceEnergy > 0;
        }

        void add(double micEnergy, double residualEnergy) {
            mic += micEnergy;
            residual += residualEnergy;
            blocks++;
            secondMic += micEnergy;
            secondResidual += residualEnergy;
            if (++secondBlocks == SECOND) {
                lastSecond = db(secondMic, secondResidual);
                secondMic = 0;
                secondResidual = 0;
                secondBlocks = 0;
            }
        }

        int blocks() {
            return blocks;
        }

        double erleDb() {
            return blocks == 0 ? Double.NaN : db(mic, residual);
        }

        /** Over the last full second of audible narration; NaN before one. */
        double lastSecondDb() {
            return lastSecond;
        }

        private static double db(double micEnergy, double residualEnergy) {
            return 10 * Math.log10((micEnergy + 1) / (residualEnergy + 1));
        }

        void clear() {
            mic = 0;
            residual = 0;
            blocks = 0;
            secondMic = 0;
            secondResidual = 0;
            secondBlocks = 0;
            lastSecond = Double.NaN;
        }
    }
}
