package nl.verteller.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes new inputs from seeds the way file fuzzers do: flipped bits, random and "interesting"
 * numbers over header fields, bytes inserted, cut and repeated, two inputs spliced, and long runs of
 * the characters that nest Markdown (the shape of the 20 KB file that once stopped the kiosk).
 * Deterministic for a given random seed.
 */
final class Mutator {
    /** Inputs never grow past this: the file readers refuse anything larger anyway. */
    static final int MAX_LENGTH = 64 * 1024;
    private static final int[] INTERESTING = {0, 1, -1, 2, 8000, 16_000, 44_100, Integer.MAX_VALUE,
        Integer.MIN_VALUE, 0x7fff, 0x8000, 0xffff, 65_536, 1 << 30};
    private static final List<byte[]> TOKENS = List.of(">", "*", "_", "[", "]", "(", "- ", "1. ", "`", "\n",
            "    ", "\\", "\\u", "=", ":", "#", "<html>", "{", "}", "\"", ",", "[[", "\uFFFF", "\u00ff")
            .stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    private static final int[] RUNS = {2, 16, 300, 5000, 20_000};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A new input from {@code input}; {@code other} may be spliced in. */
    byte[] mutate(byte[] input, byte[] other) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = once(out, other);
        }
        return out.length > MAX_LENGTH ? Arrays.copyOf(out, MAX_LENGTH) : out;
    }

    private byte[] once(byte[] in, byte[] other) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length);
        return switch (random.nextInt(8)) {
            case 0 -> flipBit(in, at);
            case 1 -> setByte(in, at, (byte) random.nextInt(256));
            case 2 -> setInt(in, at);
            case 3 -> insert(in, at, randomBytes(1 + random.nextInt(16)));
            case 4 -> cut(in, at, random.nextInt(1 + Math.min(64, in.length - at)));
            case 5 -> insert(in, at, repeat(TOKENS.get(random.nextInt(TOKENS.size())), RUNS[random.nextInt(RUNS.length)]));
            case 6 -> splice(in, other);
            default -> insert(in, at, slice(in, random.nextInt(in.length + 1), 1 + random.nextInt(32)));
        };
    }

    private static byte[] flipBit(byte[] in, int at) {
        return in.length == 0 ? in : setByte(in, at, (byte) (in[at] ^ (1 << (at % 8))));
    }

    private static byte[] setByte(byte[] in, int at, byte value) {
        if (in.length == 0) {
            return new byte[] {value};
        }
        byte[] out = in.clone();
        out[at] = value;
        return out;
    }

    private byte[] setInt(byte[] in, int at) {
        if (in.length < 4) {
            return in;
        }
        byte[] out = in.clone();
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(Math.min(at, in.length - 4),
                INTERESTING[random.nextInt(INTERESTING.length)]);
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] bytes) {
        byte[] out = new byte[in.length + bytes.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(in, at, out, at + bytes.length, in.length - at);
        return out;
    }

    private static byte[] cut(byte[] in, int at, int length) {
        byte[] out = new byte[in.length - length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + length, out, at, in.length - at - length);
        return out;
    }

    private byte[] splice(byte[] in, byte[] other) {
        int head = random.nextInt(in.length + 1);
        int tail = random.nextInt(other.length + 1);
        byte[] out = Arrays.copyOf(in, head + other.length - tail);
        System.arraycopy(other, tail, out, head, other.length - tail);
        return out;
    }

    private static byte[] slice(byte[] in, int from, int length) {
        return Arrays.copyOfRange(in, Math.min(from, in.length), Math.min(in.length, from + length));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] repeat(byte[] token, int times) {
        byte[] out = new byte[token.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(token, 0, out, i * token.length, token.length);
        }
        return out;
    }
}
