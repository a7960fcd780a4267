package nl.verteller.audio;

import java.util.Arrays;
import java.util.Random;

/**
 * Noise fed to a {@link SpeechAboveRoom}: talk-like, its loudness coming and going as speech's does (4
 * syllables a second; several people, or one voice with its pauses), or steady (hiss, a fan).
 */
public final class RoomNoise {
    private final SpeechAboveRoom target;
    private final Random random;
    /** The loudness is {@code base + swing · sin(4 Hz)} of the level. */
    private final double base;
    private final double swing;
    private long samples;

    private RoomNoise(SpeechAboveRoom target, long seed, double base, double swing) {
        this.target = target;
        this.random = new Random(seed);
        this.base = base;
        this.swing = swing;
    }

    /** Noise whose loudness comes and goes as talk's does. */
    public static RoomNoise syllables(SpeechAboveRoom target, long seed) {
        return new RoomNoise(target, seed, 0.6, 0.4);
    }

    /** Noise whose loudness comes and goes nearly to nothing, as one voice's does (a TV): talk behind. */
    public static RoomNoise oneVoice(SpeechAboveRoom target, long seed) {
        return new RoomNoise(target, seed, 0.52, 0.48);
    }

    /** Noise whose loudness holds. */
    public static RoomNoise steady(SpeechAboveRoom target, long seed) {
        return new RoomNoise(target, seed, 1, 0);
    }

    /** {@code millis} of it at {@code level} RMS, in microphone-sized chunks. */
    public void feed(int millis, double level) {
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            double loudness = base + swing * Math.sin(2 * Math.PI * 4 * (samples + i) / 16_000.0);
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level * loudness));
        }
        samples += pcm.length;
        for (int at = 0; at < pcm.length; at += Microphone.CHUNK) {
            short[] chunk = Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + Microphone.CHUNK));
            target.accept(chunk, chunk.length);
        }
    }
}
