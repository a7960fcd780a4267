package nl.verteller.voice;

import java.util.Random;
import nl.verteller.audio.AudioFiles;
import nl.verteller.content.Language;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;

/**
 * Speech made by a voice, as a microphone would give it to the recognizer: 16 kHz, with half a
 * second of silence before and one after, and optionally white noise, people talking behind, or a
 * reverberant room. For benchmarks and tests that measure recognition on speech it has never heard,
 * and for the noisy and reverberant copies of a patient's takes that own words learn their limit from.
 */
public final class SyntheticTakes {
    /** No noise. */
    public static final double CLEAN = Double.POSITIVE_INFINITY;
    /** A usual speaking level at the microphone: RMS where voiced, about −21 dBFS. */
    public static final double USUAL_SPEECH_RMS = 3000;
    /** A microphone's own hiss, RMS (−75 dBFS): a USB microphone turned up, in a quiet room. */
    public static final double MICROPHONE_HISS_RMS = 32768 * Math.pow(10, -75 / 20.0);

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
        return padded(AudioFiles.resample16k(speech.pcm(), speech.sampleRate()));
    }

    /** 16 kHz speech with half a second of silence before it and a second after, as a take is heard. */
    public static short[] padded(short[] pcm) {
        short[] padded = new short[pcm.length + VoskDecoder.SAMPLE_RATE * 3 / 2];
        System.arraycopy(pcm, 0, padded, VoskDecoder.SAMPLE_RATE / 2, pcm.length);
        return padded;
    }

    /** Adds white noise {@code snrDb} below the speech's loudness (measured where it is not silent). */
    public static short[] withNoise(short[] pcm, double snrDb, Random random) {
        if (Double.isInfinite(snrDb)) {
            return pcm;
        }
        double noise = speechRms(pcm) / Math.pow(10, snrDb / 20);
        short[] noisy = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            noisy[i] = clip(pcm[i] + random.nextGaussian() * noise);
        }
        return noisy;
    }

    /**
     * A weak voice: {@code pcm} (clean) {@code belowUsualDb} below {@link #USUAL_SPEECH_RMS}, over the
     * microphone's own hiss ({@link #MICROPHONE_HISS_RMS}). ALS often takes a voice's strength, and a
     * microphone may be far away or turned down.
     */
    public static short[] weak(short[] pcm, double belowUsualDb, Random random) {
        double scale = USUAL_SPEECH_RMS / Math.pow(10, belowUsualDb / 20) / Math.max(1, speechRms(pcm));
        short[] weak = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            weak[i] = clip(pcm[i] * scale + random.nextGaussian() * MICROPHONE_HISS_RMS);
        }
        return weak;
    }

    /**
     * Adds other people talking behind the speaker ({@code babble}, repeated or cut to length, from a
     * random point), {@code snrDb} below the speech's loudness.
     */
    public static short[] withBabble(short[] pcm, short[] babble, double snrDb, Random random) {
        double gain = speechRms(pcm) / Math.pow(10, snrDb / 20) / Math.max(1, speechRms(babble));
        int offset = random.nextInt(babble.length);
        short[] mixed = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            mixed[i] = clip(pcm[i] + babble[(offset + i) % babble.length] * gain);
        }
        return mixed;
    }

    /**
     * As heard in a room whose reflections die away by 60 dB in {@code reverbMillis}: the direct sound,
     * then exponentially decaying noise of {@code reflections} times its level (a usual room model),
     * scaled back to the speech's loudness.
     */
    public static short[] inRoom(short[] pcm, int reverbMillis, double reflections, Random random) {
        int length = reverbMillis * VoskDecoder.SAMPLE_RATE / 1000;
        double[] response = new double[length];
        double decayPerSample = Math.log(1000) / length;
        response[0] = 1;
        for (int k = 1; k < length; k++) {
            response[k] = reflections * random.nextGaussian() * Math.exp(-decayPerSample * k);
        }
        double[] wet = new double[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            if (pcm[i] != 0) {
                for (int k = 0; k < length && i + k < wet.length; k++) {
                    wet[i + k] += pcm[i] * response[k];
                }
            }
        }
        short[] room = new short[pcm.length];
        double scale = speechRms(pcm) / Math.max(1, speechRms(wet));
        for (int i = 0; i < pcm.length; i++) {
            room[i] = clip(wet[i] * scale);
        }
        return room;
    }

    private static double speechRms(short[] pcm) {
        double[] copy = new double[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            copy[i] = pcm[i];
        }
        return speechRms(copy);
    }

    /** Loudness where it is not silent. */
    private static double speechRms(double[] pcm) {
        double sum = 0;
        int voiced = 0;
        for (double s : pcm) {
            if (Math.abs(s) > 100) {
                sum += s * s;
                voiced++;
            }
        }
        return Math.sqrt(sum / Math.max(1, voiced));
    }

    private static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
