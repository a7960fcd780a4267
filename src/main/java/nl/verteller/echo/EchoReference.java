package nl.verteller.echo;

import java.util.function.LongSupplier;
import nl.verteller.speech.PlaybackTap;

/**
 * What the speaker played, at 16 kHz, laid on one time line with the microphone: sample {@code n}
 * is the one due at the speaker {@code n / 16000} s after this reference was made, by the injected
 * clock. The device's own latency is not known here; the canceller measures it.
 *
 * <p>One writer (the audio-out thread, through {@link PlaybackTap}) and one reader (the microphone
 * thread): the writer fills a ring and then publishes how far it wrote; the reader reads only
 * below that. Nothing is allocated per call. The ring holds {@value #RING_SECONDS} s, far more
 * than the reader ever looks back.
 */
public final class EchoReference implements PlaybackTap {
    /** The microphone's rate, and so the canceller's. */
    public static final int RATE = 16_000;
    static final int RING_SECONDS = 8;
    private static final int RING = Integer.highestOneBit(RATE * RING_SECONDS);
    private static final int MASK = RING - 1;
    /** A stream whose count falls this far behind the clock has run dry and starts anew. */
    private static final long RESTART_SAMPLES = RATE * 80L / 1000;
    /** No device buffers this much: a count this far ahead of the clock has lost its place. */
    private static final long MAX_AHEAD = RATE * 2L;

    private final LongSupplier nanos;
    private final long origin;
    private final float[] ring = new float[RING];
    private volatile long written;
    private volatile long lastSound = Long.MIN_VALUE / 2;

    // Writer thread only.
    private Resampler resampler;
    private int resamplerRate;
    private long next;
    private boolean streaming;
    private final Resampler.Output store = this::store;

    /** @param nanos a monotonic clock in nanoseconds, the same one the microphone side uses */
    public EchoReference(LongSupplier nanos) {
        this.nanos = nanos;
        this.origin = nanos.getAsLong();
    }

    /** Now on the reference's time line, in 16 kHz samples. Any thread. */
    long now() {
        return (nanos.getAsLong() - origin) * RATE / 1_000_000_000L;
    }

    @Override
    public void playing(short[] pcm, int offset, int count, int sampleRate, int pendingSamples) {
        long now = now();
        if (sampleRate != resamplerRate) {
            resampler = new Resampler(sampleRate, RATE);
            resamplerRate = sampleRate;
            streaming = false;
        }
        // While the device keeps playing, its samples follow each other: count on. Only what it says
        // is pending at the start of a stream places it in time (some drivers, PulseAudio's ALSA
        // plugin among them, say nothing is pending while their server holds plenty), and a count
        // that falls behind the clock means the device ran dry and started again.
        if (!streaming || next < now - RESTART_SAMPLES || next > now + MAX_AHEAD) {
            restartAt(now + (long) pendingSamples * RATE / sampleRate);
        }
        resampler.convert(pcm, offset, count, store);
        written = next;
    }

    private void restartAt(long due) {
        resampler.reset();
        // Whatever the ring held between the old end and the new start was never played.
        for (long at = Math.max(written, due - RING); at < due; at++) {
            ring[(int) (at & MASK)] = 0;
        }
        next = due;
        streaming = true;
    }

    private void store(float value) {
        ring[(int) (next & MASK)] = value;
        if (value >= 1 || value <= -1) {
            lastSound = next;
        }
        next++;
    }

    @Override
    public void discarded() {
        long now = now();
        for (long at = Math.max(now, written - RING); at < written; at++) {
            ring[(int) (at & MASK)] = 0;
        }
        streaming = false;
    }

    /** How far the reference is known: positions at or beyond this are silence. */
    long written() {
        return written;
    }

    /** The last position at which something audible was played. */
    long lastSound() {
        return lastSound;
    }

    /**
     * Copies positions {@code from .. from + count - 1} into {@code out}; positions never written
     * (or not yet) are silence. Reader thread.
     */
    void read(long from, float[] out, int outOffset, int count) {
        long end = written;
        for (int i = 0; i < count; i++) {
            long at = from + i;
            out[outOffset + i] = at < end && at > end - RING ? ring[(int) (at & MASK)] : 0;
        }
    }
}
