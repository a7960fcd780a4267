package nl.verteller.audio;

import java.io.DataInputStream;
import java.io.IOException;

/** Reads the header of a 16-bit mono PCM WAV stream, leaving the stream at the first sample. */
public final class WavHeader {
    private WavHeader() {
    }

    /**
     * Skips RIFF chunks up to {@code data} and returns the sample rate from {@code fmt }.
     *
     * @throws IOException when the stream is not 16-bit mono PCM WAV
     */
    public static int readUntilData(DataInputStream in) throws IOException {
        if (!"RIFF".equals(fourCc(in))) {
            throw new IOException("not a WAV stream (no RIFF header)");
        }
        in.readInt();
        if (!"WAVE".equals(fourCc(in))) {
            throw new IOException("not a WAV stream (no WAVE tag)");
        }
        int sampleRate = -1;
        while (true) {
            String id = fourCc(in);
            int size = Integer.reverseBytes(in.readInt());
            if ("data".equals(id)) {
                if (sampleRate < 0) {
                    throw new IOException("WAV data before its format");
                }
                return sampleRate;
            }
            if ("fmt ".equals(id)) {
                sampleRate = readFormat(in, size);
            } else {
                in.skipNBytes(size + (size & 1));
            }
        }
    }

    private static int readFormat(DataInputStream in, int size) throws IOException {
        int encoding = Short.reverseBytes(in.readShort());
        int channels = Short.reverseBytes(in.readShort());
        int sampleRate = Integer.reverseBytes(in.readInt());
        in.readInt();
        in.readShort();
        int bits = Short.reverseBytes(in.readShort());
        in.skipNBytes(size - 16 + (size & 1));
        if (encoding != 1 || channels != 1 || bits != 16) {
            throw new IOException("expected 16-bit mono PCM, got encoding " + encoding + ", " + channels
                    + " channels, " + bits + " bits");
        }
        return sampleRate;
    }

    private static String fourCc(DataInputStream in) throws IOException {
        byte[] id = new byte[4];
        in.readFully(id);
        return new String(id, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
