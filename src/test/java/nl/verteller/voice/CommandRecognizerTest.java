package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Fast;
import nl.verteller.voice.ScriptedDecoder.Step;
import org.junit.jupiter.api.Test;

/**
 * The decision rules on a scripted decoder: each step is one 40 ms chunk; "speech" chunks are loud,
 * "silence" chunks are quiet, so the voice activity detector sees what a microphone would give.
 */
@Fast
class CommandRecognizerTest {
    private static final PhraseSet PHRASES = phrases();
    private static final int CHUNK = 640;
    private static final int ROOM_CHUNKS = 50;

    private static PhraseSet phrases() {
        Map<String, Command> map = new LinkedHashMap<>();
        map.put("pause", Command.of(Kind.PAUSE));
        map.put("next", Command.of(Kind.NEXT_CHAPTER));
        map.put("next chapter", Command.of(Kind.NEXT_CHAPTER));
        map.put("next sentence", Command.of(Kind.NEXT_SENTENCE));
        map.put("help", Command.of(Kind.HELP));
        map.put("stop listening", Command.of(Kind.SLEEP));
        map.put("start listening", Command.of(Kind.WAKE));
        return new PhraseSet(map);
    }

    private final List<Decision> decisions = new ArrayList<>();

    /**
     * Feeds silence, then speech with the scripted partials, then silence with the rest of the script.
     * Within speech, steps with an empty partial are quiet: a pause in the talk.
     */
    private void run(RecognitionRules rules, int silenceBefore, List<Step> speech, List<Step> after) {
        List<Step> script = new ArrayList<>();
        for (int i = 0; i < silenceBefore; i++) {
            script.add(Step.partial(""));
        }
        script.addAll(speech);
        script.addAll(after);
        int speechEnd = silenceBefore + speech.size();
        run(rules, script, i -> i >= silenceBefore && i < speechEnd && !script.get(i).text().isEmpty() ? 8000 : 30);
    }

    /**
     * Feeds the room (the kiosk has been hearing it for a while), then {@code script} chunk by chunk,
     * each as sound at the level {@code level} gives for it.
     */
    private void run(RecognitionRules rules, List<Step> script, IntToDoubleFunction level) {
        run(rules, script, level, 30);
    }

    /** The same in a room whose steady noise has the level {@code roomLevel}. */
    private void run(RecognitionRules rules, List<Step> script, IntToDoubleFunction level, double roomLevel) {
        ScriptedDecoder decoder = new ScriptedDecoder(script);
        CommandRecognizer recognizer = new CommandRecognizer(decoder, PHRASES, rules);
        Random random = new Random(5);
        stream(recognizer, decoder, random, 0, script.size(), level, roomLevel);
        recognizer.finish().ifPresent(decisions::add);
    }

    /** Feeds the room, then the script's steps {@code from} to {@code to} (exclusive), chunk by chunk. */
    private void stream(CommandRecognizer recognizer, ScriptedDecoder decoder, Random random, int from, int to,
            IntToDoubleFunction level, double roomLevel) {
        decoder.at(-1);
        for (int i = 0; i < ROOM_CHUNKS; i++) {
            recognizer.accept(noise(random, roomLevel), CHUNK).ifPresent(decisions::add);
        }
        for (int i = from; i < to; i++) {
            decoder.at(i);
            recognizer.accept(noise(random, level.applyAsDouble(i)), CHUNK).ifPresent(decisions::add);
        }
    }

    /** Sound over the whole band, as speech and a room's noise are (a tone would fill one band only). */
    private static short[] noise(Random random, double level) {
        short[] chunk = new short[CHUNK];
        for (int s = 0; s < CHUNK; s++) {
            chunk[s] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level));
        }
        return chunk;
    }

    /** The decoder's end of speech a little after the voice stops, as a real decoder's comes. */
    private static List<Step> endingSoonAfter(Step end) {
        return concat(repeat(Step.partial(end.text()), 3), List.of(end));
    }

    private static List<Step> repeat(Step step, int times) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            steps.add(step);
        }
        return steps;
    }

    private static List<Step> concat(List<Step> a, List<Step> b) {
        List<Step> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void anUnambiguousPhraseCommitsSoonAfterSpeechEndsWithoutWaitingForTheEndpoint() {
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("pause"), 8), repeat(Step.partial("pause"), 30));
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.command()).isEqualTo(Command.of(Kind.PAUSE));
            long speechEndMs = (ROOM_CHUNKS + 20 + 8) * 40;
            long endSilence = RecognitionRules.DEFAULT.endSilenceMillis();
            assertThat(d.decidedAtMs() - speechEndMs).isBetween(endSilence, endSilence + 80);
        });
    }

    /**
     * "Yes, I think so too.": a phrase, a comma's pause of 280 ms, and the patient's sentence going on more
     * softly. In a quiet room the pause is long enough to commit the phrase; in a noisy room, where the
     * phrase stands less than {@link CommandRecognizer#NOISY_ROOM_DB} above the floor and softer words can
     * sink into the room, the phrase waits longer and the sentence is heard going on.
     */
    @Test
    void inANoisyRoomACommasPauseDoesNotEndAPhrase() {
        List<Step> script = new ArrayList<>(repeat(Step.partial(""), 20));
        script.addAll(repeat(Step.partial("pause"), 8));
        script.addAll(repeat(Step.partial("pause"), 7));
        script.addAll(repeat(Step.partial("pause [unk]"), 15));
        script.add(Step.end("pause [unk]"));
        IntToDoubleFunction level = i -> i >= 20 && i < 28 ? 8000 : i >= 35 && i < 50 ? 5000 : 0;
        run(RecognitionRules.DEFAULT, script, i -> Math.max(30, level.applyAsDouble(i)));
        assertThat(decisions).as("quiet: %s", decisions).first().extracting(Decision::command)
                .isEqualTo(Command.of(Kind.PAUSE));
        decisions.clear();
        run(RecognitionRules.DEFAULT, script, i -> Math.max(1000, level.applyAsDouble(i)), 1000);
        assertThat(decisions).as("noisy: %s", decisions).noneMatch(Decision::accepted);
    }

    @Test
    void aPhraseThatAnotherMeaningContinuesWaitsForTheEndpoint() {
        List<Step> after = concat(repeat(Step.partial("next"), 12), List.of(Step.end("next")));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("next"), 5), after);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.command()).isEqualTo(Command.of(Kind.NEXT_CHAPTER));
            assertThat(d.decidedAtMs()).isEqualTo((ROOM_CHUNKS + 20 + 5 + 13) * 40L);
        });
    }

    @Test
    void anUnstablePartialNeverActs() {
        List<Step> flicker = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flicker.add(Step.partial(i % 2 == 0 ? "pause" : "help"));
        }
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("[unk]"), 4), concat(flicker, List.of(Step.end("[unk]"))));
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.accepted()).isFalse());
    }

    @Test
    void speechOutsideTheGrammarACloseOtherCommandOrTooLittleSilenceBeforeAreRejected() {
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("[unk] pause"), 5), endingSoonAfter(Step.end("[unk] pause")));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("help"), 2), endingSoonAfter(Step.end("help", "pause", 0.8)));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("help"), 2), endingSoonAfter(Step.end("help", "[unk]", 0.8)));
        run(RecognitionRules.DEFAULT, 20, concat(repeat(Step.partial("[unk]"), 10), concat(List.of(Step.end("[unk]")),
                concat(repeat(Step.partial(""), 3), repeat(Step.partial("help"), 2)))), endingSoonAfter(Step.end("help")));
        assertThat(decisions).as(decisions.toString()).hasSize(5);
        decisions.remove(3);
        assertThat(decisions).extracting(Decision::reason)
                .containsExactly("not a command", "not sure enough", null, "part of longer talk");
        assertThat(decisions.get(2).accepted()).as("a close runner-up that is no command does not block").isTrue();
        assertThat(decisions.get(2).confidence()).isLessThan(0.5);
    }

    @Test
    void aCommandJustUnderTheBarIsWorthAskingAboutAndOneFarUnderIsNot() {
        double bar = RecognitionRules.DEFAULT.minMargin();
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("help"), 2),
                endingSoonAfter(Step.end("help", "pause", bar * 0.6)));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("help"), 2),
                endingSoonAfter(Step.end("help", "pause", bar * 0.1)));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("[unk] pause"), 5),
                endingSoonAfter(Step.end("[unk] pause")));
        assertThat(decisions).extracting(Decision::reason)
                .containsExactly("not sure enough", "not sure enough", "not a command");
        assertThat(decisions.get(0).unsure()).isEqualTo(Command.of(Kind.HELP));
        assertThat(decisions.get(0).shareOfBar()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(decisions).extracting(Decision::worthAsking).containsExactly(true, false, false);
        assertThat(decisions).noneMatch(Decision::accepted);
    }

    /**
     * Awake, the wake phrase does nothing, so "start listening" close behind "stop listening" is no other
     * action to be sure against; the other way round, and asleep, both act, and a close call is refused.
     */
    @Test
    void awakeTheWakePhraseCloseBehindDoesNotHoldBackSleep() {
        double behind = RecognitionRules.DEFAULT.minMargin() * 0.3;
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("stop listening"), 4),
                endingSoonAfter(Step.end("stop listening", "start listening", behind)));
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("start listening"), 4),
                endingSoonAfter(Step.end("start listening", "stop listening", behind)));
        run(RecognitionRules.DEFAULT.asleep(), 20, repeat(Step.partial("start listening"), 4),
                endingSoonAfter(Step.end("start listening", "stop listening", behind)));
        assertThat(decisions).extracting(Decision::reason).containsExactly(null, "not sure enough", "not sure enough");
        assertThat(decisions.get(0).command()).isEqualTo(Command.of(Kind.SLEEP));
    }

    @Test
    void anEndOfSpeechWhileTheVoiceGoesOnIsPartOfLongerTalk() {
        List<Step> talk = concat(repeat(Step.partial("help"), 5), concat(List.of(Step.end("help")),
                repeat(Step.partial("[unk]"), 5)));
        run(RecognitionRules.DEFAULT, 20, talk, List.of(Step.end("[unk]")));
        assertThat(decisions).first().extracting(Decision::heard, Decision::reason)
                .containsExactly("help", "part of longer talk");
        assertThat(decisions).noneMatch(Decision::accepted);
    }

    /**
     * The near voice talks for 1.2 s, then says "help" in the same breath, and the decoder hears only
     * "help" (it leaves out words it cannot match): a command at the end of a sentence, part of longer
     * talk, as a TV's "... the paper again" that came on in a quiet room. A short sound just before the
     * command (a breath, an "uh") is no talk; nor is a command said on its own.
     */
    @Test
    void talkInTheSameUtteranceBeforeACommandTheDecoderLeftOutIsLongerTalk() {
        int quiet = 20;
        for (int before : new int[] {30, 6, 0}) {
            List<Step> script = new ArrayList<>(repeat(Step.partial(""), quiet + before + 8 + 3));
            // The decoder's clock starts 0.3 s (its pre-roll) before the speech was found.
            double start = 0.3 + before * 0.04;
            script.add(Step.timed("help", start, start + 8 * 0.04));
            script.addAll(repeat(Step.partial(""), 20));
            run(RecognitionRules.DEFAULT, script, i -> i >= quiet && i < quiet + before + 8 ? 8000 : 30);
        }
        assertThat(decisions).as(decisions.toString()).extracting(Decision::heard, Decision::reason)
                .containsExactly(tuple("help", "part of longer talk"),
                        tuple("help", null), tuple("help", null));
    }

    /**
     * The near voice talks for 1.2 s, heard as no command, and 1 s later says a command. A patient saying
     * again a command the kiosk missed ("stop listening now", then "stop listening") is taken; a command
     * word after a sentence that merely held it ("i will help you now", then "help") is the talk going on.
     */
    @Test
    void aCommandSaidAgainAfterTalkThatMissedItCountsButTalkGoingOnDoesNot() {
        int quiet = 20;
        int talk = 30;
        int pause = 25;
        int command = 13;
        for (String[] pair : new String[][] {{"stop listening now", "stop listening"}, {"i will help you now", "help"}}) {
            List<Step> script = new ArrayList<>(repeat(Step.partial(""), quiet + talk + 3));
            // The decoder's clock starts 0.3 s (its pre-roll) before the speech was found.
            script.add(Step.timed(pair[0], 0.3, 0.3 + talk * 0.04));
            script.addAll(repeat(Step.partial(""), pause + command + 3));
            script.add(Step.timed(pair[1], 0.3, 0.3 + command * 0.04));
            script.addAll(repeat(Step.partial(""), 20));
            int again = quiet + talk + 4 + pause;
            run(RecognitionRules.DEFAULT, script, i -> i >= quiet && i < quiet + talk || i >= again && i < again + command
                    ? 8000 : 30);
        }
        assertThat(decisions).as(decisions.toString()).extracting(Decision::heard, Decision::reason)
                .containsExactly(tuple("stop listening now", "not a command"), tuple("stop listening", null),
                        tuple("i will help you now", "not a command"), tuple("help", "part of longer talk"));
    }

    /**
     * One recognizer hears one stream after another, reset in between (as the bench's plain recognizer
     * hears its clips): the talk, the near voice and the room of the stream before are forgotten with its
     * clock. The first stream's 1.2 s of talk, no command, ended later on its clock than the second
     * stream's "help" begins on the new one; the command stands on its own.
     */
    @Test
    void aResetStreamIsJudgedOnItsOwn() {
        int quiet = 20;
        List<Step> script = new ArrayList<>(repeat(Step.partial(""), quiet));
        script.addAll(repeat(Step.partial("[unk]"), 30));
        script.addAll(endingSoonAfter(Step.end("[unk]")));
        script.addAll(repeat(Step.partial(""), 30));
        int second = script.size();
        script.addAll(repeat(Step.partial(""), quiet));
        script.addAll(repeat(Step.partial("help"), 8));
        script.addAll(endingSoonAfter(Step.end("help")));
        script.addAll(repeat(Step.partial(""), 20));
        IntToDoubleFunction level = i -> i >= quiet && i < quiet + 30 || i >= second + quiet && i < second + quiet + 8
                ? 8000 : 30;
        ScriptedDecoder decoder = new ScriptedDecoder(script);
        CommandRecognizer recognizer = new CommandRecognizer(decoder, PHRASES, RecognitionRules.DEFAULT);
        Random random = new Random(5);
        stream(recognizer, decoder, random, 0, second, level, 30);
        recognizer.reset();
        stream(recognizer, decoder, random, second, script.size(), level, 30);
        recognizer.finish().ifPresent(decisions::add);
        assertThat(decisions).as(decisions.toString()).extracting(Decision::heard, Decision::reason)
                .containsExactly(tuple("[unk]", "not a command"), tuple("help", null));
    }

    /**
     * A hall: "next" (which "next chapter" may continue, so it waits for the decoder's end of speech)
     * rings on, its echo falling 2 dB every 40 ms, and the decoder ends the utterance while the echo is
     * still well above the room. The dying echo is not the voice going on: the command counts.
     */
    @Test
    void anEndOfSpeechWhileAHallsEchoDiesAwayIsNoLongerTalk() {
        int said = 8;
        int endpoint = 14;
        List<Step> script = new ArrayList<>(repeat(Step.partial(""), 20));
        script.addAll(repeat(Step.partial("next"), said + endpoint));
        script.add(Step.end("next"));
        script.addAll(repeat(Step.partial(""), 30));
        run(RecognitionRules.DEFAULT, script, i -> i < 20 ? 30
                : i < 20 + said ? 8000 : 30 + 8000 * Math.pow(10, -2.0 * (i - 20 - said + 1) / 20));
        assertThat(decisions).as(decisions.toString()).first().extracting(Decision::heard, Decision::accepted)
                .containsExactly("next", true);
    }

    /**
     * A quiet room; the patient's sentence dips at a comma and goes on more softly, and the decoder ends
     * its utterance there on a phrase. The speech after the dip is a new stretch to the detector, whose
     * room then holds the patient's own words as its loud moments: judged against that, the soft words
     * would be talk behind, not the patient's, and the phrase a command. The room is the one from
     * the utterance's start.
     */
    @Test
    void aDipInThePatientsOwnSentenceDoesNotMakeTheirWordsTheRoom() {
        List<Step> script = new ArrayList<>(repeat(Step.partial(""), 20));
        script.addAll(repeat(Step.partial("help"), 15));
        script.addAll(repeat(Step.partial("help"), 3));
        script.addAll(repeat(Step.partial("help"), 2));
        script.add(Step.end("help"));
        script.addAll(repeat(Step.partial("[unk]"), 10));
        script.add(Step.end("[unk]"));
        run(RecognitionRules.DEFAULT, script,
                i -> i < 20 || i >= 35 && i < 38 || i == script.size() - 1 ? 30 : i < 35 ? 8000 : 2500);
        assertThat(decisions).as(decisions.toString()).first().extracting(Decision::heard, Decision::reason)
                .containsExactly("help", "part of longer talk");
        assertThat(decisions).noneMatch(Decision::accepted);
    }

    @Test
    void withoutTheSilenceRuleAPhraseInRunningSpeechCounts() {
        run(RecognitionRules.DEFAULT.withoutSilenceBefore(), 3, repeat(Step.partial("help"), 2),
                List.of(Step.end("help")));
        assertThat(decisions).singleElement().extracting(Decision::command).isEqualTo(Command.of(Kind.HELP));
    }

    @Test
    void whileReadingPauseCountsAmongWhatIsLeftOfTheNarrationButNothingElseDoes() {
        RecognitionRules reading = RecognitionRules.DEFAULT.whileReading(EchoGuard.STOPPERS);
        run(reading, 0, repeat(Step.partial("[unk] pause"), 2), List.of(Step.end("[unk] pause")));
        run(reading, 0, repeat(Step.partial("[unk] help"), 2), List.of(Step.end("[unk] help")));
        run(reading, 0, repeat(Step.partial("pause [unk]"), 2), List.of(Step.end("pause [unk]")));
        run(reading, 0, repeat(Step.partial("[unk]"), 2), List.of(Step.end("[unk]")));
        run(reading, 0, repeat(Step.partial("[unk] pause"), 2), List.of(Step.end("[unk] pause", "help", 0.5)));
        run(reading, 0, repeat(Step.partial("[unk] next help pause"), 2), List.of(Step.end("[unk] next help pause")));
        assertThat(decisions).extracting(Decision::command)
                .containsExactly(Command.of(Kind.PAUSE), null, Command.of(Kind.PAUSE), null, null, Command.of(Kind.PAUSE));
        assertThat(decisions.get(0).heard()).isEqualTo("pause");
        assertThat(decisions).extracting(Decision::reason).containsExactly(null, "not a command", null,
                "not a command", "not sure enough", null);
    }

    @Test
    void aShortWordClippedAtTheEdgeIsForgiven() {
        run(RecognitionRules.DEFAULT, 20, repeat(Step.partial("i help"), 2), endingSoonAfter(Step.end("i help")));
        assertThat(decisions).as(decisions.toString()).singleElement().extracting(Decision::heard).isEqualTo("help");
        assertThat(PHRASES.match("what help")).isEmpty();
    }

    @Test
    void theKiosksOwnWordsAreIgnored() {
        ScriptedDecoder decoder = new ScriptedDecoder(List.of(Step.end("pause")));
        CommandRecognizer recognizer = new CommandRecognizer(decoder, PHRASES, RecognitionRules.DEFAULT.withoutSilenceBefore());
        EchoGuard echo = new EchoGuard();
        echo.speaking("Take a pause, then go on.");
        recognizer.setEchoFilter(echo);
        Random random = new Random(5);
        decoder.at(-1);
        for (int i = 0; i < ROOM_CHUNKS; i++) {
            recognizer.accept(noise(random, 30), CHUNK);
        }
        decoder.at(0);
        Optional<Decision> decision = recognizer.accept(noise(random, 8000), CHUNK);
        assertThat(decision).get().extracting(Decision::reason).isEqualTo("the kiosk's own voice");
    }
}
