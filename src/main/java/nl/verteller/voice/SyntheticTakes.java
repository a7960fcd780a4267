package nl.verteller.voice;

import java.util.Random;
import nl.verteller.content.Language;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;

/**
 * Speech made by a voice, as a microphone would give it to the recognizer: 16 kHz, with half a
 * second of silence before and one after, and optionally white noise. For benchmarks and tests that
 * measure recognition on speech it has never heard.
 */
public final class SyntheticTakes {
    /** No noise. */
    public static final double CLEAN = Double.POSITIVE_INFINITY;

    private SyntheticTakes() {
    }

    /** {@code text} in {@code voice} at {@code speed}, padded with silence. */
    public static short[] spoken(Synthesizer voice, String text, Language language, double speed)
            throws InterruptedException {
        Speech speech;
        try {
            speech = voice.synthesize(text, language, speed);
        } catch (SpeechException e) {
            throw new IllegalStateException("voice " + voice.name() + " failed: " + e.getMessage(), e);
        }
        short[] pcm = AudioFiles.resample16k(speech.pcm(), speech.sampleRate());
        short[] padded = new short[pcm.length + VoskDecoder.SAMPLE_RATE * 3 / 2];
        System.arraycopy(pcm, 0, padded, VoskDecoder.SAMPLE_RATE / 2, pcm.length);
        return padded;
    }

    /** Adds white noise {@code snrDb} below the speech's loudness (measured where it is not silent). */
    public static short[] withNoise(short[] pcm, double snrDb, Random random) {
        if (Double.isInfinite(snrDb)) {
            return pcm;
        }
        double sum = 0;
        int voiced = 0;
        for (short s : pcm) {
            if (Math.abs(s) > 100) {
                sum += (double) s * s;
                voiced++;
            }
        }
        double noise = Math.sqrt(sum / Math.max(1, voiced)) / Math.pow(10, snrDb / 20);
        short[] noisy = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            noisy[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, pcm[i] + random.nextGaussian() * noise));
        }
        return noisy;
    }
}
