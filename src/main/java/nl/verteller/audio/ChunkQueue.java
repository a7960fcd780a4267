package nl.verteller.audio;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Microphone chunks handed from the audio thread to the thread that listens. Short, and when the
 * listener falls behind the oldest audio is dropped, not the newest: a command is heard late at
 * worst, never long after it was said.
 */
public final class ChunkQueue {
    private final BlockingQueue<short[]> chunks;

    /** @param capacity chunks kept at most (50 chunks of 40 ms: two seconds) */
    public ChunkQueue(int capacity) {
        chunks = new ArrayBlockingQueue<>(capacity);
    }

    /** A copy of the first {@code count} samples of {@code pcm}. Any thread; never blocks. */
    public void offer(short[] pcm, int count) {
        short[] copy = Arrays.copyOf(pcm, count);
        while (!chunks.offer(copy)) {
            chunks.poll();
        }
    }

    /** The oldest chunk, waiting up to {@code millis}; null when none came. */
    public short[] poll(long millis) throws InterruptedException {
        return chunks.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Drops what is waiting. */
    public void clear() {
        chunks.clear();
    }
}
