package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * Speech found above the room, not above silence: talk behind (noise whose loudness comes and goes
 * as speech's does, syllable by syllable) becomes the room; a near voice well above it is speech,
 * with the silence before it timed, although the room never fell silent.
 */
@Fast
class SpeechAboveRoomTest {
    private final SpeechAboveRoom activity = new SpeechAboveRoom();
    private final Random random = new Random(11);
    private long samples;

    /** {@code millis} of noise at {@code level} RMS, its loudness going up and down 4 times a second. */
    private void feed(int millis, double level) {
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            double syllables = 0.6 + 0.4 * Math.sin(2 * Math.PI * 4 * (samples + i) / 16_000.0);
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level * syllables));
        }
        samples += pcm.length;
        for (int at = 0; at < pcm.length; at += 640) {
            short[] chunk = java.util.Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + 640));
            activity.accept(chunk, chunk.length);
        }
    }

    @Test
    void talkBehindBecomesTheRoomAndANearVoiceStandsOutOfIt() {
        feed(4000, 500);
        long startsInTheRoom = activity.starts();
        feed(2000, 500);
        assertThat(activity.starts()).as("the room's own talk, once known, is no speech").isEqualTo(startsInTheRoom);
        feed(500, 500 * 6);
        assertThat(activity.speaking()).isTrue();
        assertThat(activity.silenceBeforeSpeech()).as("silence above the room, though the room talked on")
                .isGreaterThanOrEqualTo(1500);
        assertThat(activity.peakAboveRoomDb()).isGreaterThanOrEqualTo(SpeechAboveRoom.NEAR_DB);
        feed(400, 500);
        assertThat(activity.speaking()).isFalse();
    }

    @Test
    void aVoiceHardlyLouderThanTheRoomIsNotTheNearVoice() {
        feed(4000, 500);
        feed(500, 500 * 2);
        assertThat(activity.peakAboveRoomDb()).isLessThan(SpeechAboveRoom.NEAR_DB);
    }
}
