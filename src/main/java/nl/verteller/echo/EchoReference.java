package nl.verteller.echo;

import java.util.function.LongSupplier;
import nl.verteller.audio.PlaybackTap;
import nl.verteller.audio.Resampler;

/**
 * What the speaker played, at 16 kHz, laid on one time line with the microphone: sample {@code n}
 * is the one due at the speaker {@code n / 16000} s after this reference was made, by the injected
 * clock. The device's own latency is not known here; the canceller measures it. Where a stream of
 * samples falls is taken from what the device says it holds when the stream starts, and counted on
 * while it plays; when the device says it holds nothing, or the count strays from what it holds,
 * the stream is placed anew and the canceller told ({@link #discontinuities()}).
 *
 * <p>One writer (the audio-out thread, through {@link PlaybackTap}) and one reader (the microphone
 * thread): the writer fills a ring and then publishes how far it wrote; the reader reads only
 * below that. Nothing is allocated per call. The ring holds {@value #RING_SECONDS} s, far more
 * than the reader ever looks back.
 */
public final class EchoReference implements PlaybackTap {
    /** The microphone's rate, and so the canceller's. */
    public static final int RATE = 16_000;
    /** Enough for a reference, cheap at a few hundred thousand multiplications a second. */
    private static final int RESAMPLER_TAPS = 16;
    static final int RING_SECONDS = 8;
    private static final int RING = Integer.highestOneBit(RATE * RING_SECONDS);
    private static final int MASK = RING - 1;
    /** A stream whose count falls this far behind the clock has run dry and starts anew. */
    private static final long RESTART_SAMPLES = RATE * 80L / 1000;
    /** A count further than this (60 ms, three chunks) ahead of what the device holds is lost. */
    private static final long AHEAD_SLACK = RATE * 60L / 1000;
    /** A stream placed anew this close (2 ms) to where its count was has not moved. */
    private static final long SAME_PLACE = RATE * 2L / 1000;

    private final LongSupplier nanos;
    private final long origin;
    private final float[] ring = new float[RING];
    private volatile long written;
    private volatile long lastSound = Long.MIN_VALUE / 2;
    /** Written by the one writer only, so {@code ++} is safe. */
    private volatile long discontinuities;

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
            resampler = new Resampler(sampleRate, RATE, RESAMPLER_TAPS);
            resamplerRate = sampleRate;
            streaming = false;
        }
        // While the device keeps playing, its samples follow each other: count on. A device that holds
        // nothing plays what comes now, or drops it: after running dry, PulseAudio drops what is
        // written for about as long as it ran dry (those samples were due in the past), up to
        // seconds, while its ALSA plugin says nothing is pending. So an empty device places the
        // stream anew, as does a count that falls behind the clock or runs ahead of what the device
        // holds (samples that went nowhere).
        long due = now + (long) pendingSamples * RATE / sampleRate;
        if (!streaming || pendingSamples <= 0 || next < now - RESTART_SAMPLES || next > due + AHEAD_SLACK) {
            restartAt(due);
        }
        resampler.convert(pcm, offset, count, store);
        written = next;
    }

    private void restartAt(long due) {
        resampler.reset();
        // Whatever the ring held between the old end and the new start was never played.
        for (long at = Math.max(Math.min(written, due), due - RING); at < Math.max(written, due); at++) {
            ring[(int) (at & MASK)] = 0;
        }
        if (!streaming || Math.abs(due - next) > SAME_PLACE) {
            discontinuities++;
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

    /**
     * How often the speaker stream started again (after running dry, a pause or a skip): where the
     * samples after it really play may differ from before by what the device dropped or held back,
     * which only the microphone can tell. Any thread.
     */
    long discontinuities() {
        return discontinuities;
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
