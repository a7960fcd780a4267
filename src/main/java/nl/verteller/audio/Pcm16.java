package nl.verteller.audio;

/** 16-bit linear PCM between bytes (as sound lines and files carry it) and samples, written once. */
public final class Pcm16 {
    private Pcm16() {
    }

    /** {@code count} samples from {@code bytes} at {@code offset} into {@code samples}. */
    public static void toSamples(byte[] bytes, int offset, int count, boolean bigEndian, short[] samples) {
        int high = bigEndian ? 0 : 1;
        for (int i = 0; i < count; i++) {
            int at = offset + 2 * i;
            samples[i] = (short) ((bytes[at + high] << 8) | (bytes[at + 1 - high] & 0xff));
        }
    }

    /** Little-endian, as Java Sound lines are opened here: {@code count} samples from {@code from}. */
    public static byte[] toBytes(short[] samples, int from, int count) {
        byte[] bytes = new byte[2 * count];
        for (int i = 0; i < count; i++) {
            short s = samples[from + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        return bytes;
    }
}
