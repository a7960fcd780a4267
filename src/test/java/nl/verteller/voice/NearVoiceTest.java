package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.verteller.audio.RoomNoise;
import nl.verteller.audio.SpeechAboveRoom;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * Which words are the patient's: talk behind (noise whose loudness comes and goes as speech's does)
 * sets the room; words at its level are the room's and are left out around a command, words well
 * above it are the near voice's, and a command among the near voice's own words stays a sentence,
 * also where only its loudest word stands far above a steady room's hiss.
 */
@Fast
class NearVoiceTest {
    private static final double ROOM = 500;
    private static final double NEAR = ROOM * 6;
    private static final Set<String> PHRASES = Set.of("pause", "chapter two");
    private final SpeechAboveRoom levels = new SpeechAboveRoom();
    private final RoomNoise room = RoomNoise.syllables(levels, 5);
    private final RoomNoise hiss = RoomNoise.steady(levels, 7);
    private final RoomNoise tv = RoomNoise.oneVoice(levels, 9);

    private void feed(int millis, double level) {
        room.feed(millis, level);
    }

    /** The near voice as judged from the start of the latest speech; word times count from {@code originMillis}. */
    private NearVoice judge(long originMillis) {
        return new NearVoice(levels, originMillis / 10.0, levels.floorAtStartDb(), levels.loudAtStartDb(), false);
    }

    private static Hypothesis heard(String... wordsAndTimes) {
        List<Hypothesis.Word> words = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordsAndTimes.length; i += 3) {
            words.add(new Hypothesis.Word(wordsAndTimes[i], 1, Double.parseDouble(wordsAndTimes[i + 1]),
                    Double.parseDouble(wordsAndTimes[i + 2])));
            text.append(i == 0 ? "" : " ").append(wordsAndTimes[i]);
        }
        return new Hypothesis(text.toString(), words);
    }

    @Test
    void theRoomsWordsAroundACommandAreLeftOut() {
        feed(4000, ROOM);
        feed(500, NEAR);
        feed(500, ROOM);
        // From 3.7 s: the room's "the" (3.7–4.0 s), the patient's "pause" (4.0–4.5 s), the room's "and" (4.5–4.9 s).
        Hypothesis said = judge(3700).commandPart(heard("the", "0.0", "0.3", "pause", "0.3", "0.8", "and", "0.8", "1.2"),
                PHRASES::contains);
        assertThat(said.text()).isEqualTo("pause");
    }

    @Test
    void aCommandAmongTheNearVoicesOwnWordsStaysTheirSentence() {
        feed(4000, ROOM);
        feed(1500, NEAR);
        feed(500, ROOM);
        // "could you pause it" all at the near voice's level, 4.0–5.5 s.
        Hypothesis heard = heard("could", "0.0", "0.4", "you", "0.4", "0.7", "pause", "0.7", "1.1", "it", "1.1", "1.5");
        assertThat(judge(4000).commandPart(heard, PHRASES::contains)).isEqualTo(heard);
    }

    @Test
    void aWordAtTheRoomsLevelIsTheRoomsAndAWordWellAboveItIsNear() {
        feed(4000, ROOM);
        feed(500, NEAR);
        feed(500, ROOM);
        NearVoice judge = judge(4000);
        assertThat(judge.said(new Hypothesis.Word("pause", 1, 0.0, 0.5))).isTrue();
        Hypothesis.Word after = new Hypothesis.Word("and", 1, 0.6, 1.0);
        assertThat(judge.said(after)).isFalse();
        assertThat(judge.room(after)).isTrue();
    }

    @Test
    void aSteadyRoomSaysNoWordsSoTheNearVoicesSoftWordsAroundACommandAreItsOwn() {
        hiss.feed(4000, ROOM);
        hiss.feed(400, ROOM * 2.5);
        hiss.feed(300, NEAR);
        hiss.feed(500, ROOM * 2.5);
        hiss.feed(500, ROOM);
        // "I will read it later": "read" (4.4–4.7 s) near, the rest only 8 dB above the hiss (< 13 dB).
        Hypothesis heard = heard("i", "0.0", "0.2", "will", "0.2", "0.4", "read", "0.4", "0.7", "it", "0.7", "0.9",
                "later", "0.9", "1.2");
        NearVoice judge = judge(4000);
        assertThat(judge.talkBehind()).isFalse();
        assertThat(judge.said(heard.words().get(2))).isTrue();
        assertThat(judge.said(heard.words().get(0))).isFalse();
        assertThat(judge.commandPart(heard, Set.of("read")::contains)).isEqualTo(heard);
    }

    /** In a steady room the decoder's "it" fading from "read" (4.3–4.45 s) is the patient's own: "read it" stays a sentence. */
    @Test
    void inASteadyRoomAWordFadingFromTheCommandIsTheNearVoicesOwn() {
        hiss.feed(4000, ROOM);
        hiss.feed(300, NEAR);
        NearVoice judge = judge(4000);
        for (double level = NEAR; level > ROOM; level /= 1.5) {
            hiss.feed(30, level);
        }
        hiss.feed(500, ROOM);
        Hypothesis heard = heard("read", "0.0", "0.3", "it", "0.3", "0.45");
        assertThat(judge.commandPart(heard, Set.of("read")::contains)).isEqualTo(heard);
    }

    private static final Hypothesis THE_PAUSE = heard("the", "0.0", "0.4", "pause", "0.4", "0.9");

    /**
     * A TV talking, then from 4.0 s a word at {@code wordLevel} ("the", 4.0–4.4 s) and the patient's
     * "pause" (4.4–4.9 s) at 12 times the TV's level; judged from 4.0 s.
     */
    private NearVoice theWordThenPauseOverTv(double wordLevel) {
        tv.feed(4000, ROOM);
        tv.feed(400, wordLevel);
        tv.feed(500, ROOM * 12);
        tv.feed(500, ROOM);
        return judge(4000);
    }

    @Test
    void talkBehindFarBelowTheCommandIsTheRoomsAroundItEvenWhereItRisesAboveWhatItSaidBefore() {
        // "the" louder than the TV's talk before, "pause" 12 dB louder still.
        NearVoice judge = theWordThenPauseOverTv(ROOM * 3);
        assertThat(judge.talkBehind()).isTrue();
        assertThat(judge.room(THE_PAUSE.words().get(0))).as("by the room's talk before alone").isFalse();
        assertThat(judge.commandPart(THE_PAUSE, PHRASES::contains).text()).isEqualTo("pause");
    }

    @Test
    void talkBehindEightDecibelsBelowTheCommandIsTheRoomsAroundIt() {
        // A voice talking on peaks this close below a command said 10 dB louder than its talk.
        NearVoice judge = theWordThenPauseOverTv(ROOM * 4.8);
        assertThat(judge.commandPart(THE_PAUSE, PHRASES::contains).text()).isEqualTo("pause");
    }

    @Test
    void whileTheKioskSoundsTalkEightDecibelsBelowTheCommandIsNotLeftOut() {
        // What comes back of the kiosk's own voice: "pause" may be a loud word of its own sentence.
        NearVoice judge = theWordThenPauseOverTv(ROOM * 4.8).whileKioskSounds();
        assertThat(judge.commandPart(THE_PAUSE, PHRASES::contains)).isEqualTo(THE_PAUSE);
    }

    @Test
    void wordsWithinSixDecibelsOfTheCommandAreNotTakenForTheRoom() {
        // "the" only 5 dB below "pause": it may be the patient's own.
        NearVoice judge = theWordThenPauseOverTv(ROOM * 6.8);
        assertThat(judge.commandPart(THE_PAUSE, PHRASES::contains)).isEqualTo(THE_PAUSE);
    }

    /**
     * Over a TV the decoder hears "chapter two help": its "help" is the fading end of "two" (4.6–4.9 s),
     * loud where it starts and with no syllable of its own, and is left out.
     */
    @Test
    void aWordCutFromTheFadingEndOfTheCommandIsNotTheNearVoicesOwn() {
        tv.feed(4000, ROOM);
        tv.feed(600, ROOM * 12);
        NearVoice judge = judge(4000);
        for (double level = ROOM * 12; level > ROOM; level /= 1.5) {
            tv.feed(50, level);
        }
        tv.feed(300, ROOM);
        Hypothesis heard = heard("chapter", "0.0", "0.3", "two", "0.3", "0.6", "help", "0.6", "0.9");
        assertThat(judge.said(heard.words().get(2))).as("near by its loudest 50 ms alone").isTrue();
        assertThat(judge.commandPart(heard, PHRASES::contains).text()).isEqualTo("chapter two");
    }

    /** One person talking for {@code millis}: sentences of 1.4 s at the room's level, a pause after each. */
    private void onePersonTalking(int millis) {
        for (int at = 0; at < millis; at += 2000) {
            tv.feed(1400, ROOM);
            tv.feed(600, ROOM / 100);
        }
    }

    /**
     * One person talking on, with pauses: a syllable of theirs a little louder than their talk (a
     * sentence's loud first word) may be near as a word, but no command stands out of the room on it;
     * the patient, 10 dB above that talk, does.
     */
    @Test
    void aTalkersLoudSyllableIsNoCommandThePatientTenDecibelsAboveIs() {
        onePersonTalking(4000);
        tv.feed(500, ROOM * 2);
        tv.feed(900, ROOM);
        tv.feed(600, ROOM / 100);
        Hypothesis.Word word = new Hypothesis.Word("help", 1, 0.0, 0.5);
        NearVoice talker = judge(4000);
        onePersonTalking(4000);
        tv.feed(500, ROOM * 3.2);
        tv.feed(500, ROOM);
        NearVoice patient = judge(10_000);
        assertThat(talker.talkBehind()).isTrue();
        assertThat(talker.said(word)).as("near by its level alone").isTrue();
        assertThat(talker.standsOut(talker.peakDb(word))).isFalse();
        assertThat(patient.standsOut(patient.peakDb(word))).isTrue();
    }
}
