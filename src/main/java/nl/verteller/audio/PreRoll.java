package nl.verteller.audio;

/**
 * The latest audio, kept so that what comes just before speech was found (the soft start of a word)
 * is not lost: the decoder, or an utterance being cut out, gets it when speech starts. One thread.
 */
public final class PreRoll {
    private static final int RATE = 16_000;
    private final short[] ring;
    private int next;
    private int size;

    /** Keeps up to {@code samples} of the latest 16 kHz audio. */
    public PreRoll(int samples) {
        ring = new short[samples];
    }

    public void add(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            ring[next] = pcm[i];
            next = (next + 1) % ring.length;
        }
        size = Math.min(ring.length, size + count);
    }

    /** What is kept, oldest first; forgets it. */
    public short[] drain() {
        short[] kept = new short[size];
        for (int i = 0; i < size; i++) {
            kept[i] = ring[(next - size + i + ring.length) % ring.length];
        }
        clear();
        return kept;
    }

    public double seconds() {
        return size / (double) RATE;
    }

    public void clear() {
        size = 0;
    }
}
