package nl.verteller.speech;

import java.util.Arrays;

/**
 * Keeps everything played, at once and in order: for writing a chapter to a file, and for tests.
 * Nothing is ever pending, so events fire at exact sample positions.
 */
public final class MemorySink implements AudioSink {
    private short[] pcm = new short[65_536];
    private int length;
    private int sampleRate;

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

    @Override
    public int pendingSamples() {
        return 0;
    }

    @Override
    public void discard() {
        // Nothing is pending: what was played was heard.
    }

    @Override
    public void drain() {
        // Nothing is pending.
    }

    @Override
    public String description() {
        return "memory";
    }

    /** Everything played so far. */
    public synchronized short[] samples() {
        return Arrays.copyOf(pcm, length);
    }

    /** The rate of what was played; 0 before anything was. */
    public synchronized int sampleRate() {
        return sampleRate;
    }

    @Override
    public void close() {
        // Holds no device.
    }
}
