package nl.verteller.voice;

/** The latest audio, kept so the decoder can hear what came just before speech was found. One thread. */
final class PreRoll {
    private final short[] ring;
    private int next;
    private int size;

    PreRoll(int samples) {
        ring = new short[samples];
    }

    void add(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            ring[next] = pcm[i];
            next = (next + 1) % ring.length;
        }
        size = Math.min(ring.length, size + count);
    }

    /** Hands what is kept to {@code decoder}, oldest first, and forgets it. */
    void drainTo(Decoder decoder) {
        short[] kept = new short[size];
        for (int i = 0; i < size; i++) {
            kept[i] = ring[(next - size + i + ring.length) % ring.length];
        }
        if (size > 0) {
            decoder.accept(kept, size);
        }
        clear();
    }

    double seconds() {
        return size / (double) VoskDecoder.SAMPLE_RATE;
    }

    void clear() {
        size = 0;
    }
}
