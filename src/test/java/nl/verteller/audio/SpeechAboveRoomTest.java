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
    private final SyllableNoise room = new SyllableNoise(activity, 11);

    private void feed(int millis, double level) {
        room.feed(millis, level);
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
    void aStreamThatStartsInASteadyRoomStartsWithNoSpeech() {
        Random random = new Random(3);
        short[] hiss = new short[Microphone.CHUNK];
        for (int chunk = 0; chunk < 25; chunk++) {
            for (int i = 0; i < hiss.length; i++) {
                hiss[i] = (short) (random.nextGaussian() * 300);
            }
            activity.accept(hiss, hiss.length);
        }
        assertThat(activity.starts()).as("the room heard first is the room, not a rise above silence").isZero();
    }

    @Test
    void aVoiceHardlyLouderThanTheRoomIsNotTheNearVoice() {
        feed(4000, 500);
        feed(500, 500 * 2);
        assertThat(activity.peakAboveRoomDb()).isLessThan(SpeechAboveRoom.NEAR_DB);
    }
}
