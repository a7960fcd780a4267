package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.Test;

/**
 * Speech found above the room, not above silence: talk behind (noise whose loudness comes and goes
 * as speech's does, syllable by syllable) becomes the room; a near voice well above it is speech,
 * with the silence before it timed, although the room never fell silent. Where the near voice's own
 * speech does not teach the room (own words'), a long sentence leaves the room's floor where it was,
 * while a fan or a TV switched on, and a TV heard as listening starts, still become the room.
 */
@Fast
class SpeechAboveRoomTest {
    private final SpeechAboveRoom activity = new SpeechAboveRoom();
    private final RoomNoise room = RoomNoise.syllables(activity, 11);
    /** Own words' detector: the near voice's own speech does not teach the room. */
    private final SpeechAboveRoom own = new SpeechAboveRoom(true);
    private final RoomNoise ownTalk = RoomNoise.syllables(own, 11);
    private final Random hissRandom = new Random(5);

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

    @Test
    void theNearVoicesOwnLongSentenceDoesNotTeachTheRoom() {
        hiss(4000, 30);
        double quietDb = own.roomDb();
        talk(3000, 30 * 30);
        assertThat(own.speaking()).isTrue();
        assertThat(own.roomDb()).as("the room, not the patient's 3 s of talk").isCloseTo(quietDb, within(3.0));
        assertThat(own.starts()).as("one stretch: its soft syllables still stand above the room").isEqualTo(1);
        hiss(600, 30);
        assertThat(own.speaking()).isFalse();
        talk(500, 30 * 30);
        assertThat(own.loudAtStartDb()).as("a command right after: the room's loud moments are not the talk before")
                .isLessThan(quietDb + 5);
    }

    @Test
    void aSteadyNewNoiseBecomesTheRoom() {
        hiss(4000, 30);
        double quietDb = own.roomDb();
        hiss(6000, 30 * 30);
        assertThat(own.roomDb()).as("a fan switched on is the room within 6 s").isGreaterThan(quietDb + 25);
        assertThat(own.speaking()).isFalse();
    }

    @Test
    void aTvSwitchedOnLoudBecomesTheRoom() {
        hiss(4000, 30);
        double quietDb = own.roomDb();
        for (int phrase = 0; phrase < 4; phrase++) {
            talk(2500, 30 * 30);
            hiss(600, 30);
        }
        long starts = own.starts();
        talk(2500, 30 * 30);
        assertThat(own.roomDb()).as("the TV's phrases, with pauses between, are the room").isGreaterThan(quietDb + 15);
        assertThat(own.starts()).as("the TV's next phrase is no speech").isEqualTo(starts);
    }

    @Test
    void aLoudRoomHeardAsListeningStartsIsTheRoom() {
        hiss(500, 30);
        talk(2500, 30 * 30);
        assertThat(own.roomDb()).as("a TV on as the stream starts teaches the room from the start")
                .isGreaterThan(own.levelDb(own.frames() - 1) - 15);
    }

    @Test
    void aWordsEchoInAHallIsItsEndNotMoreSpeech() {
        feed(2000, 30);
        feed(400, 3000);
        assertThat(activity.endedMillis()).as("a word going on has not ended").isZero();
        noise(activity, 600, 3000, 50);
        assertThat(activity.speaking()).as("the echo still stands above the room").isTrue();
        assertThat(activity.endedMillis()).as("but the word has ended: the echo only falls")
                .isGreaterThanOrEqualTo(200);
        feed(200, 3000);
        assertThat(activity.endedMillis()).as("a next word after the echo is speech again").isZero();
    }

    @Test
    void aMissedCommandSaidAgainInAHallStandsOutOfTheRoomNotOutOfTheFirstTry() {
        feed(3000, 30);
        feed(500, 3000);
        noise(activity, 700, 3000, 50);
        activity.notTheRoomIfQuietAfter(1200);
        feed(800, 30);
        feed(300, 3000);
        assertThat(activity.levelDb(activity.frames() - 1) - activity.loudAtStartDb())
                .as("the first try, 1.5 s before, rang on for 0.7 s of that: it was the patient's, not the room's")
                .isGreaterThanOrEqualTo(SpeechAboveRoom.NEAR_ABOVE_LOUD_DB);
    }

    @Test
    void aSoftSoundThatHoldsItsLevelIsNoEnd() {
        feed(2000, 30);
        feed(400, 3000);
        noise(activity, 300, 3000 / 10.0, 0);
        assertThat(activity.speaking()).isTrue();
        assertThat(activity.endedMillis()).as("the \"s\" of \"yes\", 20 dB below its vowel, goes on").isZero();
    }

    @Test
    void aWeakVoicesNextSyllableGoesOnWhereALoneQuietSoundStartsNothing() {
        double hiss = SyntheticTakes.MICROPHONE_HISS_RMS;
        noise(activity, 2000, hiss, 0);
        noise(activity, 250, 80, 0);
        assertThat(activity.speaking()).as("a weak voice's vowel, at -52 dBFS").isTrue();
        noise(activity, 300, hiss, 0);
        assertThat(activity.speaking()).isFalse();
        noise(activity, 250, 40, 0);
        assertThat(activity.speaking()).as("its next syllable, at -58 dBFS, after a stop consonant").isTrue();
        noise(activity, 1500, hiss, 0);
        noise(activity, 250, 40, 0);
        assertThat(activity.speaking()).as("the same sound on its own").isFalse();

        noise(activity, 1500, hiss, 0);
        noise(activity, 250, 3000, 0);
        noise(activity, 300, hiss, 0);
        noise(activity, 250, 40, 0);
        assertThat(activity.speaking()).as("after a usual voice, as before").isFalse();
    }

    /** The near voice's talk (or a TV's), {@code millis} at {@code level} RMS, to {@link #own}. */
    private void talk(int millis, double level) {
        ownTalk.feed(millis, level);
    }

    /** Steady noise at {@code level} RMS, to {@link #own}. */
    private void hiss(int millis, double level) {
        noise(own, millis, level, 0);
    }

    /** Noise from {@code level} RMS, falling {@code fallDbPerSecond} (an echo: 50 for a 1.2 s hall), to {@code to}. */
    private void noise(SpeechAboveRoom to, int millis, double level, double fallDbPerSecond) {
        short[] pcm = new short[Microphone.CHUNK];
        for (int chunk = 0, at = 0; chunk < millis * 16 / Microphone.CHUNK; chunk++) {
            for (int i = 0; i < pcm.length; i++, at++) {
                pcm[i] = (short) (hissRandom.nextGaussian() * level * Math.pow(10, -fallDbPerSecond / 20 * at / 16_000));
            }
            to.accept(pcm, pcm.length);
        }
    }
}
