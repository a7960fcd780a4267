package nl.verteller.audio;

import java.util.Arrays;

/**
 * Keeps everything played, at once and in order: for writing a chapter to a file, and for tests.
 * Nothing is ever pending, so events fire at exact sample positions.
 */
public final class MemorySink extends InstantSink {
    private short[] pcm = new short[65_536];
    private int length;
    private int sampleRate;

    public MemorySink() {
        super("memory");
    }

    @Override
    public synchronized void play(short[] samples, int offset, int count, int rate) {
        if (sampleRate != 0 && rate != sampleRate) {
            throw new IllegalStateException("sample rate changed from " + sampleRate + " to " + rate);
        }
        sampleRate = rate;
        if (length + count > pcm.length) {
            pcm = Arrays.copyOf(pcm, Math.max(length + count, pcm.length * 2));
        }
        System.arraycopy(samples, offset, pcm, length, count);
        length += count;
    }

    /** Everything played so far. */
    public synchronized short[] samples() {
        return Arrays.copyOf(pcm, length);
    }

    /** The rate of what was played; 0 before anything was. */
    public synchronized int sampleRate() {
        return sampleRate;
    }

}
