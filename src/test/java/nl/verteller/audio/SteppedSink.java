package nl.verteller.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/** A speaker that takes one chunk per permit the test gives: the test decides when the device plays. */
final class SteppedSink extends InstantSink {
    final Semaphore permits = new Semaphore(0);
    private final List<short[]> chunks = new ArrayList<>();
    volatile boolean closed;

    SteppedSink() {
        super("stepped");
    }

    @Override
    public void play(short[] pcm, int offset, int count, int sampleRate) throws InterruptedException {
        short[] copy = new short[count];
        System.arraycopy(pcm, offset, copy, 0, count);
        synchronized (this) {
            chunks.add(copy);
            notifyAll();
        }
        permits.acquire();
    }

    /** Waits until {@code count} chunks have come in. */
    synchronized void awaitChunks(int count) throws InterruptedException {
        while (chunks.size() < count) {
            wait();
        }
    }

    synchronized List<short[]> chunks() {
        return List.copyOf(chunks);
    }

    @Override
    public void close() {
        closed = true;
    }
}
