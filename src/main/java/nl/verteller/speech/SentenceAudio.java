package nl.verteller.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The audio of one sentence while it is being synthesized: the synthesizer thread appends, the
 * narrator thread reads behind it. This is what lets a sentence start playing before it is finished.
 */
final class SentenceAudio implements AudioReceiver {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grown = lock.newCondition();
    private final double rate;
    private short[] pcm = new short[32_768];
    private int length;
    private int sampleRate;
    private final List<WordMark> words = new ArrayList<>();
    private boolean done;
    private String failure;
    private volatile boolean wanted = true;

    SentenceAudio(double rate) {
        this.rate = rate;
    }

    /** The speaking rate this audio was made at. */
    double rate() {
        return rate;
    }

    @Override
    public void start(int rate) {
        lock.lock();
        try {
            sampleRate = rate;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void word(int textStart, int textEnd, long sample) {
        lock.lock();
        try {
            words.add(new WordMark(textStart, textEnd, sample));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void samples(short[] samples, int count) {
        lock.lock();
        try {
            if (length + count > pcm.length) {
                pcm = Arrays.copyOf(pcm, Math.max(length + count, pcm.length * 2));
            }
            System.arraycopy(samples, 0, pcm, length, count);
            length += count;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean wanted() {
        return wanted;
    }

    /** Nobody will play this: the synthesizer may stop. */
    void cancel() {
        wanted = false;
    }

    void finish() {
        lock.lock();
        try {
            done = true;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void fail(String message) {
        lock.lock();
        try {
            failure = message;
            done = true;
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies samples from {@code from} into {@code target}, waiting up to {@code waitMillis} for the
     * synthesizer when none are there yet.
     *
     * @return the number copied; 0 when none arrived in time; -1 when the sentence is complete and
     *         {@code from} is at its end
     */
    int read(int from, short[] target, long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (from >= length && !done && nanos > 0) {
                nanos = grown.awaitNanos(nanos);
            }
            if (from >= length) {
                return done ? -1 : 0;
            }
            int count = Math.min(target.length, length - from);
            System.arraycopy(pcm, from, target, 0, count);
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** 0 until the synthesizer has said which rate it produces. */
    int sampleRate() {
        lock.lock();
        try {
            return sampleRate;
        } finally {
            lock.unlock();
        }
    }

    /** The number of samples once the sentence is complete and did not fail; -1 before. */
    int completeLength() {
        lock.lock();
        try {
            return done && failure == null ? length : -1;
        } finally {
            lock.unlock();
        }
    }

    /** Word marks received so far. */
    List<WordMark> words() {
        lock.lock();
        try {
            return List.copyOf(words);
        } finally {
            lock.unlock();
        }
    }

    /** Why synthesis failed, or null. */
    String failure() {
        lock.lock();
        try {
            return failure;
        } finally {
            lock.unlock();
        }
    }
}
