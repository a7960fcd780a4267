package nl.verteller.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * The suppressor alone where a tone stands for the patient's voice: a steady tone is what the
 * {@link Dereverberator} predicts from its own past and takes out, so those tests leave it out
 * (DereverberatorTest hears it on sound that is not predictable).
 */
@Fast
class NoiseSuppressorTest {
    private static final int RATE = 16000;
    private static final int CHUNK = 640;
    private static final int DELAY = NoiseSuppressor.LATENCY;

    /** Streams {@code pcm} through in microphone-sized chunks. */
    private static short[] through(NoiseSuppressor suppressor, short[] pcm) {
        short[] out = new short[pcm.length];
        for (int at = 0; at < pcm.length; at += CHUNK) {
            int count = Math.min(CHUNK, pcm.length - at);
            short[] cleaned = suppressor.process(Arrays.copyOfRange(pcm, at, at + count), count);
            assertThat(cleaned).hasSize(count);
            System.arraycopy(cleaned, 0, out, at, count);
        }
        return out;
    }

    private static double tone(int i) {
        return 3000 * Math.sin(2 * Math.PI * 500 * i / RATE);
    }

    /** Four seconds of white noise, with a tone from second 2 to 3 when {@code withTone}. */
    private static short[] noise(boolean withTone) {
        Random random = new Random(7);
        short[] pcm = new short[4 * RATE];
        for (int i = 0; i < pcm.length; i++) {
            double speech = withTone && i >= 2 * RATE && i < 3 * RATE ? tone(i) : 0;
            pcm[i] = (short) Math.round(speech + random.nextGaussian() * 300);
        }
        return pcm;
    }

    private static double power(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return sum / (to - from);
    }

    @Test
    void withoutSuppressionTheAudioComesOutUnchangedOneChunkLater() {
        short[] in = noise(true);
        short[] out = through(new NoiseSuppressor(1, false), in);
        assertThat(out).hasSameSizeAs(in);
        for (int i = 0; i < out.length; i++) {
            int expected = i < DELAY ? 0 : in[i - DELAY];
            assertThat(Math.abs(out[i] - expected)).as("sample %d", i).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void anyCallSizeGivesTheSameAudio() {
        short[] in = noise(true);
        short[] whole = new NoiseSuppressor(0.2).process(in, in.length);
        assertThat(whole).isEqualTo(through(new NoiseSuppressor(0.2), in));
    }

    @Test
    void steadyNoiseDropsToTheFloorAndSpeechInItStays() {
        short[] noiseOnly = through(new NoiseSuppressor(0.2, false), noise(false));
        double dropDb = 10 * Math.log10(power(noiseOnly, 2 * RATE, 3 * RATE) / power(noise(false), 2 * RATE, 3 * RATE));
        assertThat(dropDb).as("noise after a second of listening").isBetween(-15.0, -12.0);

        short[] out = through(new NoiseSuppressor(0.2, false), noise(true));
        double error = 0;
        double signal = 0;
        for (int i = 2 * RATE + 2000; i < 3 * RATE - 2000; i++) {
            double expected = tone(i - DELAY);
            error += (out[i] - expected) * (out[i] - expected);
            signal += expected * expected;
        }
        double snrIn = 10 * Math.log10(signal / (300.0 * 300 * (RATE - 4000)));
        double snrOut = 10 * Math.log10(signal / error);
        assertThat(snrOut - snrIn).as("gain in SNR on the tone (in %.1f dB, out %.1f dB)", snrIn, snrOut)
                .isGreaterThan(8);
    }

    @Test
    void digitalSilenceStaysSilentAndSpeechAfterItPassesWhole() {
        short[] in = new short[3 * RATE];
        for (int i = 2 * RATE; i < in.length; i++) {
            in[i] = (short) Math.round(tone(i));
        }
        short[] out = through(new NoiseSuppressor(0.2, false), in);
        assertThat(power(out, 0, 2 * RATE)).isZero();
        assertThat(10 * Math.log10(power(out, 2 * RATE + 1000, out.length) / power(in, 2 * RATE + 1000, in.length)))
                .isBetween(-0.5, 0.5);
    }

    /**
     * Eight seconds of noise that talks: its level jumps from syllable to syllable (every 100–300 ms) over
     * 20 dB, as other people's words do; with a tone 10 dB above its loud moments from second 6 to 7
     * when {@code withTone}.
     */
    private static short[] talk(boolean withTone) {
        Random random = new Random(11);
        short[] pcm = new short[8 * RATE];
        double level = 0;
        int next = 0;
        for (int i = 0; i < pcm.length; i++) {
            if (i == next) {
                level = 1500 * Math.pow(10, -random.nextDouble());
                next += RATE / 10 + random.nextInt(RATE / 5);
            }
            boolean nearNow = withTone && i >= 6 * RATE && i < 7 * RATE;
            double near = nearNow ? Math.sqrt(20) * 1500 * Math.sin(2 * Math.PI * 500 * i / RATE) : 0;
            pcm[i] = (short) Math.round(near + random.nextGaussian() * level);
        }
        return pcm;
    }

    @Test
    void talkBehindIsTurnedDownToItsLoudMomentsAndANearVoiceAboveItStays() {
        short[] in = talk(false);
        short[] out = through(new NoiseSuppressor(0.2, false), in);
        double dropDb = 10 * Math.log10(power(out, 4 * RATE + DELAY, 8 * RATE) / power(in, 4 * RATE, 8 * RATE - DELAY));
        // Its quietest syllables set the minimum, 20 dB under its loudest: that alone took off 4 dB.
        assertThat(dropDb).as("talk after 4 s of listening").isLessThan(-7);

        short[] withTone = talk(true);
        short[] heard = through(new NoiseSuppressor(0.2, false), withTone);
        double toneDb = 10 * Math.log10(power(heard, 6 * RATE + 2000 + DELAY, 7 * RATE - 2000 + DELAY)
                / power(withTone, 6 * RATE + 2000, 7 * RATE - 2000));
        assertThat(toneDb).as("a near voice 10 dB above the talk's loud moments").isBetween(-1.0, 0.5);
    }
}
