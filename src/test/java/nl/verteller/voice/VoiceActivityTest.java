package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class VoiceActivityTest {
    private final VoiceActivity activity = new VoiceActivity(16_000, 9);
    private final Random random = new Random(7);

    private void feed(int millis, double amplitude, double toneAmplitude) {
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            double noise = random.nextGaussian() * amplitude;
            double tone = Math.sin(2 * Math.PI * 220 * i / 16_000.0) * toneAmplitude;
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, noise + tone));
        }
        activity.accept(pcm, pcm.length);
    }

    @Test
    void speechStandsOutAboveSteadyRoomNoiseAndSilenceIsTimed() {
        feed(1000, 300, 0);
        assertThat(activity.speaking()).isFalse();
        feed(400, 300, 6000);
        assertThat(activity.speaking()).isTrue();
        assertThat(activity.silenceBeforeSpeech()).isGreaterThanOrEqualTo(900);
        feed(250, 300, 0);
        assertThat(activity.speaking()).isFalse();
        assertThat(activity.runMillis()).isBetween(230L, 260L);
        assertThat(activity.speechMillis()).isBetween(380L, 420L);
    }

    @Test
    void aWeakVoiceIsOneStretchNotFragmentsAndItsPeakIsKnown() {
        double hiss = SyntheticTakes.MICROPHONE_HISS_RMS;
        feed(1000, hiss, 0);
        // A weak vowel at -52 dBFS, falling by 1 dB each 10 ms to -72 dBFS, then a syllable at -58 dBFS.
        feed(200, hiss, 32768 * Math.sqrt(2) * Math.pow(10, -52 / 20.0));
        for (int db = -53; db >= -72; db--) {
            feed(10, hiss, 32768 * Math.sqrt(2) * Math.pow(10, db / 20.0));
        }
        feed(100, hiss, 0);
        feed(200, hiss, 32768 * Math.sqrt(2) * Math.pow(10, -58 / 20.0));
        assertThat(activity.speaking()).isTrue();
        assertThat(activity.speechMillis()).as("its fall and the next syllable too").isGreaterThanOrEqualTo(520);
        assertThat(activity.peakDb()).isCloseTo(-52, within(0.5));
    }

    @Test
    void theFloorFollowsALouderRoom() {
        feed(500, 100, 0);
        feed(8000, 1500, 0);
        assertThat(activity.speaking()).as("steady noise becomes the new silence").isFalse();
    }

    @Test
    void aClickBeforeAWordIsNoSpeechButAShortPauseInTalkIs() {
        feed(1000, 300, 0);
        feed(20, 300, 6000);
        feed(40, 300, 0);
        feed(300, 300, 6000);
        assertThat(activity.silenceBeforeSpeech()).as("a click, then the word 40 ms later").isGreaterThanOrEqualTo(900);
        feed(60, 300, 0);
        feed(300, 300, 6000);
        assertThat(activity.silenceBeforeSpeech()).as("a short pause in talk").isBetween(50L, 80L);
    }
}
