package nl.verteller.audio;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Microphone chunks handed from the audio thread to the thread that listens. Short, and when the
 * listener falls behind the oldest audio is dropped, not the newest: a command is heard late at
 * worst, never long after it was said. Each chunk says whether the kiosk was sounding when it came
 * in, and whether its sound came through uncancelled: the listener may be behind, but what was in
 * the room then is what counts.
 */
public final class ChunkQueue {
    private final BlockingQueue<Chunk> chunks;

    /**
     * Microphone audio and whether the kiosk's speaker was sounding when it was captured.
     *
     * @param pcm           16 kHz samples
     * @param kioskSounding whether the kiosk played something audible that may be in it
     * @param uncancelled   whether that sound is in it as loud as it came (see {@link ChunkListener#uncancelledEcho})
     */
    public record Chunk(short[] pcm, boolean kioskSounding, boolean uncancelled) {
    }

    /** Keeps at most {@code seconds} of microphone chunks. */
    public ChunkQueue(int seconds) {
        chunks = new ArrayBlockingQueue<>(seconds * Microphone.SAMPLE_RATE / Microphone.CHUNK);
    }

    /** A copy of the first {@code count} samples of {@code pcm}. Any thread; never blocks. */
    public void offer(short[] pcm, int count, boolean kioskSounding, boolean uncancelled) {
        Chunk copy = new Chunk(Arrays.copyOf(pcm, count), kioskSounding, uncancelled);
        while (!chunks.offer(copy)) {
            chunks.poll();
        }
    }

    /** The oldest chunk, waiting up to {@code millis}; null when none came. */
    public Chunk poll(long millis) throws InterruptedException {
        return chunks.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Drops what is waiting. */
    public void clear() {
        chunks.clear();
    }
}
