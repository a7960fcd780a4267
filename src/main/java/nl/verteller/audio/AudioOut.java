package nl.verteller.audio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verteller.time.OwnedThreads;

/**
 * The one way out for every sound of the kiosk: owns the speaker and the {@code audio-out} thread,
 * the only thread that touches it. Narration comes in through {@link #narration()} (an
 * {@link AudioSink} for the narrator, which keeps its word timing), scan words, prompts and the
 * accept tone as {@link Cue}s; they are mixed into one stream, so the echo canceller's reference
 * (shown every sample by the speaker) is exactly what is played, and {@link Sounding} says when the
 * kiosk is sounding, whatever it plays.
 *
 * <p>How sounds meet: narration is never delayed or cut by a cue (the highlight follows its
 * samples); a scan word is not said over narration and cuts off the scan word before it; prompts
 * follow each other and are mixed over narration; the tone plays at once over anything. Pausing or
 * skipping narration empties the device, and with it what is left there of a cue.
 *
 * <p>The line is opened at the narration's rate, or at the first cue's when nothing is read; a cue of
 * another rate is fitted to the line's by the one {@link Resampler}, so that what it holds above the
 * line's band is cut, not folded into it (and into the echo reference). When nothing plays for {@value #IDLE_MILLIS} ms the device is drained and stopped
 * (PulseAudio drops what is written after an underrun).
 */
public final class AudioOut implements Sounding, AutoCloseable {
    static final int CHUNK_MILLIS = 20;
    private static final int IDLE_MILLIS = 100;
    private static final int NARRATION_CHUNKS = 2;
    /** Quieter than this (−54 dBFS) is silence: the gaps between sentences do not count as sounding. */
    private static final int AUDIBLE = 64;
    /** A cue's words count as the kiosk's own this long after it was heard: its echo comes later. */
    private static final long WORDS_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AudioSink speaker;
    private final Thread thread;
    private final NarrationChannel narration = new NarrationChannel(this);

    // Guarded by this.
    private final ArrayDeque<short[]> narrationChunks = new ArrayDeque<>();
    private final ArrayDeque<Integer> narrationRates = new ArrayDeque<>();
    private int narrationQueued;
    private boolean narrationInFlight;
    private boolean narrating;
    private long narrationHeardAt = System.nanoTime();
    private long narrationInDevice;
    private int flushRequests;
    private int flushesDone;
    private final Cues cues = new Cues();
    private boolean closed;

    // Audio-out thread only.
    private int lineRate;
    private float[] mix = new float[0];
    private short[] out = new short[0];

    private volatile long soundingUntil = System.nanoTime();
    private volatile String words = "";
    private volatile long wordsUntil = System.nanoTime();
    private volatile int devicePending;
    private volatile String description;

    /** @param speaker the device; owned by this from now on and used on the audio-out thread only */
    public AudioOut(AudioSink speaker) {
        this.speaker = speaker;
        this.description = speaker.description();
        this.thread = OwnedThreads.daemon(this::run, "audio-out");
        thread.start();
    }

    /** Where the narrator plays: one per kiosk, used by the narrator thread only. */
    public AudioSink narration() {
        return narration;
    }

    /** Plays {@code cue} as its kind says; any thread. */
    public synchronized Playing play(Cue cue) {
        Playing playing = new Playing(this, cue);
        if (closed) {
            playing.finish(System.nanoTime());
        } else {
            cues.add(playing, narrating, System.nanoTime());
            notifyAll();
        }
        return playing;
    }

    /** Stops {@code playing} if it has not finished. */
    synchronized void stopCue(Playing playing) {
        cues.stop(playing, System.nanoTime());
    }

    @Override
    public boolean now() {
        return System.nanoTime() - soundingUntil < 0;
    }

    @Override
    public String words() {
        // Only while they may still be in the room: a help paragraph naming "pause" must not keep the
        // patient's "pause" from counting over the narration minutes later.
        return System.nanoTime() - wordsUntil < 0 ? words : "";
    }

    private void run() {
        boolean drained = true;
        try {
            while (true) {
                Mixed mixed = next(drained);
                if (mixed == null) {
                    return;
                } else if (mixed == Mixed.FLUSH) {
                    speaker.discard();
                    flushed();
                } else if (mixed == Mixed.IDLE) {
                    speaker.drain();
                    drained = true;
                    devicePending = speaker.pendingSamples();
                } else {
                    drained = false;
                    write(mixed);
                }
            }
        } catch (InterruptedException e) {
            // Closed.
        } finally {
            finishAll();
            // The speaker is this thread's: closed here, also when close() stopped waiting for it.
            speaker.close();
        }
    }

    /** What to do next, waiting for work; null once closed. */
    private synchronized Mixed next(boolean drained) throws InterruptedException {
        long idleAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS);
        while (!closed) {
            if (flushRequests > flushesDone) {
                return Mixed.FLUSH;
            }
            if (!narrationChunks.isEmpty() || !cues.isEmpty()) {
                return mix();
            }
            if (drained) {
                wait();
            } else {
                long left = idleAt - System.nanoTime();
                if (left <= 0) {
                    return Mixed.IDLE;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        return null;
    }

    /** One chunk: the next narration chunk (or silence) with the cues added. Under the lock. */
    private Mixed mix() {
        short[] spoken = narrationChunks.poll();
        int rate;
        int count;
        if (spoken != null) {
            rate = narrationRates.poll();
            count = spoken.length;
            narrationQueued -= count;
            narrationInFlight = true;
            notifyAll();
        } else {
            rate = lineRate > 0 ? lineRate : cues.firstRate();
            count = Math.max(1, rate * CHUNK_MILLIS / 1000);
        }
        if (mix.length < count) {
            mix = new float[count];
            out = new short[count];
        }
        for (int i = 0; i < count; i++) {
            mix[i] = spoken == null ? 0 : spoken[i];
        }
        List<Playing> ended = new ArrayList<>(2);
        StringBuilder said = new StringBuilder();
        cues.mixInto(mix, count, rate, said, ended);
        boolean audible = false;
        for (int i = 0; i < count; i++) {
            float value = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(mix[i])));
            out[i] = (short) value;
            audible |= value >= AUDIBLE || value <= -AUDIBLE;
        }
        return new Mixed(out, count, rate, spoken != null, audible, said.toString().strip(), ended);
    }

    private void write(Mixed mixed) throws InterruptedException {
        lineRate = mixed.rate;
        if (mixed.audible) {
            // Sounding from now, before the device has it, until its last sample has been heard.
            long until = System.nanoTime() + (devicePending + (long) mixed.count) * 1_000_000_000L / mixed.rate;
            if (until - soundingUntil > 0) {
                soundingUntil = until;
            }
            if (!mixed.words.isEmpty()) {
                words = mixed.words;
                wordsUntil = until + WORDS_NANOS;
            }
        }
        speaker.play(mixed.pcm, 0, mixed.count, mixed.rate);
        int pending = speaker.pendingSamples();
        devicePending = pending;
        description = speaker.description();
        long heardAt = System.nanoTime() + pending * 1_000_000_000L / mixed.rate;
        synchronized (this) {
            if (mixed.narration) {
                narrationInFlight = false;
                narrationInDevice += mixed.count;
                narrationHeardAt = heardAt;
                notifyAll();
            } else {
                // Samples that are not narration now sit in the device after any narration before them.
                narrationInDevice = 0;
            }
        }
        mixed.ended.forEach(playing -> playing.finish(heardAt));
    }

    private synchronized void flushed() {
        flushesDone = flushRequests;
        narrationInDevice = 0;
        devicePending = 0;
        notifyAll();
    }

    private synchronized void finishAll() {
        closed = true;
        long now = System.nanoTime();
        cues.finishAll(now);
        narrationChunks.clear();
        notifyAll();
        narrationHeardAt = now;
    }

    // The narration channel's side, under the lock.

    synchronized void queueNarration(short[] pcm, int offset, int count, int rate) throws InterruptedException {
        while (!closed && narrationChunks.size() >= NARRATION_CHUNKS) {
            wait();
        }
        if (closed) {
            throw new InterruptedException("audio out closed");
        }
        short[] copy = new short[count];
        System.arraycopy(pcm, offset, copy, 0, count);
        narrationChunks.add(copy);
        narrationRates.add(rate);
        narrationQueued += count;
        narrating = true;
        notifyAll();
    }

    synchronized int narrationPending() {
        return narrationQueued + (int) Math.min(devicePending, narrationInDevice);
    }

    /** Drops narration not yet heard, and everything in the device; returns once done. */
    synchronized void discardNarration() throws InterruptedException {
        narrationChunks.clear();
        narrationRates.clear();
        narrationQueued = 0;
        narrating = false;
        int request = ++flushRequests;
        notifyAll();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (!closed && flushesDone < request && until - System.nanoTime() > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, until - System.nanoTime());
        }
    }

    /** Waits until all narration handed over has been heard. */
    void drainNarration() throws InterruptedException {
        long heardAt;
        synchronized (this) {
            while (!closed && (!narrationChunks.isEmpty() || narrationInFlight)) {
                wait();
            }
            narrating = false;
            heardAt = narrationHeardAt;
        }
        Playing.sleepUntil(heardAt);
    }

    String description() {
        return description;
    }

    /** Stops the thread, then closes the speaker. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        OwnedThreads.stop(thread);
    }

    /** One chunk ready for the device, and the cues that ended in it. */
    private record Mixed(short[] pcm, int count, int rate, boolean narration, boolean audible, String words,
            List<Playing> ended) {
        static final Mixed FLUSH = new Mixed(new short[0], 0, 1, false, false, "", List.of());
        static final Mixed IDLE = new Mixed(new short[0], 0, 1, false, false, "", List.of());
    }
}
