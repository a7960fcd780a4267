package nl.verteller.audio;

import java.util.concurrent.locks.LockSupport;

/**
 * A {@link Cue} handed to {@link AudioOut}: wait until it has been heard, or stop it. Its position
 * belongs to the audio-out thread.
 */
public final class Playing {
    private final AudioOut out;
    private final Cue cue;
    /** The cue at {@link #fittedRate} (audio-out thread only), and how far it has been played. */
    private short[] fitted;
    private int fittedRate;
    private int position;
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
        fitTo(rate);
        said.append(cue.words()).append(' ');
        int n = Math.min(count, fitted.length - position);
        for (int i = 0; i < n; i++) {
            mix[i] += (float) (fitted[position + i] * cue.gain());
        }
        position += n;
        return position >= fitted.length;
    }

    /** The cue at the line's rate, once per rate; where it has got to stays where it was in time. */
    private void fitTo(int rate) {
        if (rate != fittedRate) {
            if (fitted != null) {
                position = (int) ((long) position * rate / fittedRate);
            }
            fitted = Resampler.resample(cue.pcm(), cue.sampleRate(), rate);
            fittedRate = rate;
        }
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
