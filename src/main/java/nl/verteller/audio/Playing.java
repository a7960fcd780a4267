package nl.verteller.audio;

import java.util.concurrent.locks.LockSupport;

/**
 * A {@link Cue} handed to {@link AudioOut}: wait until it has been heard, or stop it. Its position
 * belongs to the audio-out thread.
 */
public final class Playing {
    private final AudioOut out;
    private final Cue cue;
    private double position;
    private boolean done;
    private long heardAt;

    Playing(AudioOut out, Cue cue) {
        this.out = out;
        this.cue = cue;
    }

    Cue cue() {
        return cue;
    }

    /**
     * Adds the next {@code count} samples, fitted to {@code rate}, to {@code mix}; true when nothing
     * is left. Audio-out thread, under its lock.
     */
    boolean mixInto(float[] mix, int count, int rate, StringBuilder said) {
        short[] pcm = cue.pcm();
        double step = cue.sampleRate() / (double) rate;
        said.append(cue.words()).append(' ');
        for (int i = 0; i < count; i++) {
            int at = (int) position;
            if (at >= pcm.length) {
                return true;
            }
            double next = at + 1 < pcm.length ? pcm[at + 1] : 0;
            double fraction = position - at;
            mix[i] += (float) ((pcm[at] + (next - pcm[at]) * fraction) * cue.gain());
            position += step;
        }
        return position >= pcm.length;
    }

    /** Played to its end or stopped; its last sample is heard at {@code nanos}. */
    synchronized void finish(long nanos) {
        if (!done) {
            done = true;
            heardAt = nanos;
            notifyAll();
        }
    }

    /** Stops it, if it still plays. Any thread. */
    public void stop() {
        out.stopCue(this);
    }

    /** Returns once it has been heard to its end (or stopped, or dropped). Not on the EDT. */
    public void awaitHeard() throws InterruptedException {
        long at;
        synchronized (this) {
            while (!done) {
                wait();
            }
            at = heardAt;
        }
        sleepUntil(at);
    }

    /** Whether it has played to its end, been stopped or dropped (it may still sound in the device). */
    public synchronized boolean done() {
        return done;
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
