package nl.verteller.audio;

import java.util.Arrays;
import java.util.Random;

/** Noise whose loudness comes and goes as speech's does (4 syllables a second), fed to a {@link SpeechAboveRoom}. */
public final class SyllableNoise {
    private final SpeechAboveRoom target;
    private final Random random;
    private long samples;

    public SyllableNoise(SpeechAboveRoom target, long seed) {
        this.target = target;
        this.random = new Random(seed);
    }

    /** {@code millis} of it at {@code level} RMS, in microphone-sized chunks. */
    public void feed(int millis, double level) {
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            double syllables = 0.6 + 0.4 * Math.sin(2 * Math.PI * 4 * (samples + i) / 16_000.0);
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level * syllables));
        }
        samples += pcm.length;
        for (int at = 0; at < pcm.length; at += Microphone.CHUNK) {
            short[] chunk = Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + Microphone.CHUNK));
            target.accept(chunk, chunk.length);
        }
    }
}
