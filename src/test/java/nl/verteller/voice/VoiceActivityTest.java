package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

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
