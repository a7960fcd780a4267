package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.verteller.audio.AudioFiles;
import nl.verteller.content.Language;
import nl.verteller.content.LibraryLoader;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Slow;
import nl.verteller.voice.DutchBasicWords;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two synthetic Dutch speakers (espeak-ng) teach all twelve words of the guided round with three clean
 * takes; new takes at other speeds with noise must give the right command, the six chapter phrases
 * must be told apart, also with people talking behind; the leaflet read in the same voice must give
 * (almost) none, nor a word followed by another ("Begin maar."), nor the talk behind alone; and a word
 * taught for a second command is refused naming the first.
 */
@Slow
class OwnWordsMatcherTest {
    private static final Map<String, Command> WORDS = DutchBasicWords.WORDS;
    private static final List<String> SPEAKERS = List.of("nl+m3", "nl+f2");
    private static final Map<String, Map<Command, OwnWord>> TAUGHT = new LinkedHashMap<>();
    private final Random random = new Random(11);

    @BeforeAll
    static void teach() throws Exception {
        WordLearner learner = new WordLearner();
        for (String speaker : SPEAKERS) {
            Map<Command, OwnWord> words = new LinkedHashMap<>();
            for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                OwnWord learnt = learner.learn(List.of(take(speaker, word.getKey(), 0.9), take(speaker, word.getKey(), 1.0),
                        take(speaker, word.getKey(), 1.1)));
                assertThat(ConflictCheck.conflict(words, word.getValue(), learnt))
                        .as("%s \"%s\" must not conflict", speaker, word.getKey()).isEmpty();
                words.put(word.getValue(), learnt);
            }
            TAUGHT.put(speaker, words);
        }
    }

    private static short[] take(String speaker, String text, double speed) throws InterruptedException {
        Synthesizer voice = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, speaker), 150, 10_000);
        return SyntheticTakes.spoken(voice, text, Language.NL, speed);
    }

    /** The first command the kiosk's listener takes from the audio. */
    private static Optional<Command> heard(Map<Command, OwnWord> words, short[] audio) {
        return new OwnWordsListener(new AcousticMatcher(words)).firstCommand(audio);
    }

    @Test
    void newTakesGiveTheirCommandAndTheChapterPhrasesAreToldApart() throws Exception {
        for (String speaker : SPEAKERS) {
            for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                for (double speed : new double[] {0.95, 1.05}) {
                    short[] audio = SyntheticTakes.withNoise(take(speaker, word.getKey(), speed), 20, random);
                    assertThat(heard(TAUGHT.get(speaker), audio)).as("%s \"%s\" at %.2f", speaker, word.getKey(), speed)
                            .contains(word.getValue());
                }
            }
        }
    }

    /** Three people talking at once, each going round their own sentences (voices and text not used elsewhere). */
    private static short[] peopleTalking() throws InterruptedException {
        List<String> voices = List.of("nl+m5", "nl+f4", "nl+m8");
        List<String> text = List.of("We zijn gisteren met de fiets naar de markt geweest.",
                "De dokter zei dat ik volgende maand terug moet komen.", "Het water in het zwembad was veel te koud.");
        List<short[]> talkers = new ArrayList<>();
        for (int k = 0; k < voices.size(); k++) {
            short[] talk = take(voices.get(k), text.get(k) + " " + text.get((k + 1) % text.size()), 1.0);
            talkers.add(java.util.Arrays.copyOfRange(talk, 8000, talk.length - 16000));
        }
        short[] mixed = new short[talkers.stream().mapToInt(t -> t.length).max().orElseThrow()];
        for (int k = 0; k < talkers.size(); k++) {
            short[] talk = talkers.get(k);
            for (int i = 0; i < mixed.length; i++) {
                mixed[i] += (short) (talk[(i + k * talk.length / talkers.size()) % talk.length] / 2);
            }
        }
        return mixed;
    }

    /** {@code pcm} after three seconds of {@code behind}, which goes on under it at {@code snrDb} below it. */
    private short[] withTalkBehind(short[] pcm, short[] behind, double snrDb) {
        short[] longer = new short[3 * 16_000 + pcm.length];
        System.arraycopy(pcm, 0, longer, 3 * 16_000, pcm.length);
        return SyntheticTakes.withBabble(longer, behind, snrDb, random);
    }

    /**
     * None taken for another command, and most heard: nine of twelve. How many of one speaker's twelve
     * words come through talk at 10 dB moves by a word with any change to how the takes are made (ten
     * when espeak-ng's 22 kHz was brought to 16 kHz by linear interpolation, nine band-limited); the
     * figure is {@code bench personal}'s, on many voices (babble 94 % either way).
     */
    @Test
    void wordsAreHeardWithPeopleTalkingBehindAndTheTalkAloneIsNoCommand() throws Exception {
        short[] behind = peopleTalking();
        String speaker = SPEAKERS.get(0);
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Command> word : WORDS.entrySet()) {
            short[] audio = withTalkBehind(take(speaker, word.getKey(), 1.05), behind, 10);
            Optional<Command> command = heard(TAUGHT.get(speaker), audio);
            command.filter(word.getValue()::equals).ifPresent(c -> right.add(word.getKey()));
            command.filter(c -> !c.equals(word.getValue())).ifPresent(c -> wrong.add(word.getKey() + ": " + c));
        }
        assertThat(wrong).as("words taken for another command").isEmpty();
        assertThat(right).as("words heard above the talk behind").hasSizeGreaterThanOrEqualTo(WORDS.size() - 3);
        short[] talkAlone = new short[16_000 * 8];
        for (int i = 0; i < talkAlone.length; i++) {
            talkAlone[i] = behind[i % behind.length];
        }
        assertThat(heard(TAUGHT.get(speaker), talkAlone)).as("the talk behind, alone, as loud as a voice").isEmpty();
    }

    @Test
    void aWordFollowedByAnotherWordIsNotThatWord() throws Exception {
        Map<String, Command> sentences = Map.of("Begin maar.", Command.of(Kind.HOME), "Pauze houden.",
                Command.of(Kind.PAUSE), "Herhaal dat.", Command.of(Kind.REPEAT), "Vorige keer.", Command.of(Kind.PREVIOUS_CHAPTER));
        List<String> asTheWord = new ArrayList<>();
        List<String> obeyed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (Map.Entry<String, Command> sentence : sentences.entrySet()) {
                Optional<Command> command = heard(TAUGHT.get(speaker),
                        SyntheticTakes.withNoise(take(speaker, sentence.getKey(), 1.0), 20, random));
                command.ifPresent(c -> obeyed.add(speaker + " \"" + sentence.getKey() + "\": " + c));
                command.filter(sentence.getValue()::equals).ifPresent(c -> asTheWord.add(speaker + " " + sentence.getKey()));
            }
        }
        assertThat(asTheWord).as("the word followed by another taken for the word").isEmpty();
        // A part nearer to any own word than the whole ("Vorige" to "vorige") refuses it, whatever word the
        // whole was nearest to ("Vorige keer." to "hoofdstuk een").
        assertThat(obeyed).as("taken for any command").isEmpty();
    }

    /**
     * A Dutch verb's parts around other words ("Lees de brief voor.") hold the word "lees voor" with more
     * said within it. Before the rule for it, "Lees de brief voor." was READ for both speakers even
     * clean, and bench personal's speakers said "Lees jij het maar voor." as READ through noise.
     */
    @Test
    void aVerbsPartsAroundOtherWordsAreNotTheWord() throws Exception {
        List<String> obeyed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (String sentence : List.of("Lees jij het maar voor.", "Lees het nog eens voor.", "Lees de brief voor.")) {
                short[] said = take(speaker, sentence, 1.0);
                for (double snr : new double[] {SyntheticTakes.CLEAN, 20, 10}) {
                    heard(TAUGHT.get(speaker), SyntheticTakes.withNoise(said, snr, random))
                            .ifPresent(command -> obeyed.add(speaker + " \"" + sentence + "\" "
                                    + (Double.isInfinite(snr) ? "clean" : snr + " dB under it") + ": " + command));
                }
            }
        }
        assertThat(obeyed).as("taken for commands").isEmpty();
    }

    /**
     * A pause within a two-word command (300 ms, as a tired patient takes a breath) is not more said
     * within it: it holds only the room. (Counting its frames, "lees voor" was refused.)
     */
    @Test
    void aPauseWithinATwoWordCommandIsStillTheWord() throws Exception {
        List<String> missed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (String word : List.of("lees voor", "hoofdstuk vijf")) {
                short[] paused = withPauseInTheMiddle(take(speaker, word, 1.0), 300);
                if (!heard(TAUGHT.get(speaker), SyntheticTakes.withNoise(paused, 20, random)).equals(Optional.of(WORDS.get(word)))) {
                    missed.add(speaker + " \"" + word + "\"");
                }
            }
        }
        assertThat(missed).as("words with a pause within them").isEmpty();
    }

    /** {@code pcm} with {@code millis} of silence put in at its quietest 20 ms of the middle third of its speech. */
    private static short[] withPauseInTheMiddle(short[] pcm, int millis) {
        int window = FrameFeatures.RATE / 50;
        int first = 0;
        int last = pcm.length - 1;
        while (first < last && Math.abs(pcm[first]) < 300) {
            first++;
        }
        while (last > first && Math.abs(pcm[last]) < 300) {
            last--;
        }
        int quietest = first;
        double least = Double.POSITIVE_INFINITY;
        for (int at = first + (last - first) / 3; at + window < first + 2 * (last - first) / 3; at += window / 4) {
            double energy = 0;
            for (int i = at; i < at + window; i++) {
                energy += (double) pcm[i] * pcm[i];
            }
            if (energy < least) {
                least = energy;
                quietest = at + window / 2;
            }
        }
        short[] paused = new short[pcm.length + millis * FrameFeatures.RATE / 1000];
        System.arraycopy(pcm, 0, paused, 0, quietest);
        System.arraycopy(pcm, quietest, paused, paused.length - (pcm.length - quietest), pcm.length - quietest);
        return paused;
    }

    @Test
    void theLeafletReadInTheSameVoiceGivesNoCommand() throws Exception {
        List<String> sentences = new LibraryLoader().load(Path.of("content")).find("als", Language.NL).orElseThrow()
                .chapters().stream().flatMap(c -> c.sentences().stream()).map(Sentence::text).toList();
        List<String> obeyed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (String sentence : sentences) {
                heard(TAUGHT.get(speaker), SyntheticTakes.withNoise(take(speaker, sentence, 1.0), 20, random))
                        .ifPresent(command -> obeyed.add(speaker + " \"" + sentence + "\": " + command));
            }
        }
        // The target is none; bench personal measures it on more speakers and talk (false commands).
        assertThat(obeyed).as("leaflet sentences taken for commands").hasSizeLessThanOrEqualTo(sentences.size() * SPEAKERS.size() / 100);
    }

    /**
     * espeak-ng's plain Dutch voice pauses after "Dat betekent dat ze", long enough to end an utterance,
     * and that start sounds like "hoofdstuk een" at the edge of its limit (bench personal's false command):
     * a doubtful match waits until the speaker has stopped, and the sentence goes on.
     */
    @Test
    void theStartOfASentenceBeforeAShortPauseIsNoCommand() throws Exception {
        String speaker = "nl";
        WordLearner learner = new WordLearner();
        Map<Command, OwnWord> words = new LinkedHashMap<>();
        for (Map.Entry<String, Command> word : WORDS.entrySet()) {
            words.put(word.getValue(), learner.learn(List.of(take(speaker, word.getKey(), 0.9),
                    take(speaker, word.getKey(), 1.0), take(speaker, word.getKey(), 1.1))));
        }
        short[] sentence = take(speaker, "Dat betekent dat ze bij de kleinste emotie al in huilen of lachen uitbarsten.", 1.0);
        List<String> obeyed = new ArrayList<>();
        for (int seed = 0; seed < 6; seed++) {
            short[] audio = SyntheticTakes.withNoise(sentence, 20, new Random(seed));
            int draw = seed;
            heard(words, audio).ifPresent(command -> obeyed.add("noise " + draw + ": " + command));
        }
        assertThat(obeyed).as("the sentence's start taken for a command").isEmpty();
    }

    /**
     * A patient who taught one word (or whose round skipped the others): said dry in a quiet room, the
     * word gives its command and the other eleven give nothing, though "hoofdstuk twee" lies within the
     * limit of a lone "hoofdstuk een" that noisy and reverberant copies widened.
     */
    @Test
    void aProfileOfOneWordTakesNoOtherWordForIt() throws Exception {
        List<String> taken = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            Map<String, short[]> said = new LinkedHashMap<>();
            for (String word : WORDS.keySet()) {
                said.put(word, take(speaker, word, 1.05));
            }
            for (Map.Entry<String, Command> taught : WORDS.entrySet()) {
                Map<Command, OwnWord> alone = Map.of(taught.getValue(), TAUGHT.get(speaker).get(taught.getValue()));
                said.forEach((word, audio) -> {
                    Optional<Command> command = heard(alone, audio);
                    if (word.equals(taught.getKey()) && command.isEmpty()) {
                        missed.add(speaker + " \"" + word + "\"");
                    } else if (!word.equals(taught.getKey()) && command.isPresent()) {
                        taken.add(speaker + " \"" + word + "\" for \"" + taught.getKey() + "\"");
                    }
                });
            }
        }
        assertThat(taken).as("other words taken for the one taught").isEmpty();
        assertThat(missed).as("the word taught, said again").isEmpty();
    }

    /**
     * A patient who taught half the round (every other word, the rest skipped), heard through white noise
     * 20 dB below: no word left out is taken for a taught one, though a new "hoofdstuk twee" lies within
     * the limit that noisy copies widened for a taught "hoofdstuk een"; the taught words are still heard.
     */
    @Test
    void aProfileOfHalfTheRoundTakesNoWordLeftOutForATaughtOneInNoise() throws Exception {
        List<String> taken = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> round = new ArrayList<>(WORDS.keySet());
        for (String speaker : SPEAKERS) {
            Map<String, short[]> said = new LinkedHashMap<>();
            for (String word : round) {
                said.put(word, take(speaker, word, 1.05));
            }
            for (int half = 0; half < 2; half++) {
                Map<Command, OwnWord> profile = new LinkedHashMap<>();
                for (int i = half; i < round.size(); i += 2) {
                    profile.put(WORDS.get(round.get(i)), TAUGHT.get(speaker).get(WORDS.get(round.get(i))));
                }
                said.forEach((word, audio) -> {
                    Optional<Command> command = heard(profile, SyntheticTakes.withNoise(audio, 20, random));
                    if (!profile.containsKey(WORDS.get(word))) {
                        command.ifPresent(c -> taken.add(speaker + " \"" + word + "\" for " + c.token()));
                    } else if (!command.equals(Optional.of(WORDS.get(word)))) {
                        missed.add(speaker + " \"" + word + "\"");
                    }
                });
            }
        }
        assertThat(taken).as("words left out, taken for taught ones").isEmpty();
        assertThat(missed).as("taught words said again (a miss is said once more)").hasSizeLessThanOrEqualTo(round.size() / 4);
    }

    /**
     * A voice whose pitch has risen since teaching (espeak-ng's pitch 65 against 50: about 20 % higher)
     * moves every word as far from its takes as another word lies: with the whole round taught, the
     * word's own takes are still the nearest, and it is heard. (Dry limits there would refuse a third.)
     */
    @Test
    void aWholeRoundHearsAVoiceWhosePitchHasRisen() throws Exception {
        List<String> missed = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                if (!heard(TAUGHT.get(speaker), atPitch(speaker, word.getKey(), 65)).equals(Optional.of(word.getValue()))) {
                    missed.add(speaker + " \"" + word.getKey() + "\"");
                }
            }
        }
        assertThat(missed).as("words said higher than taught").isEmpty();
    }

    /** {@code text} in {@code speaker}'s voice at 150 words a minute and espeak-ng's {@code pitch} (50 by default). */
    private static short[] atPitch(String speaker, String text, int pitch) throws Exception {
        Path wav = Files.createTempFile("pitch", ".wav");
        try {
            Process espeak = new ProcessBuilder("espeak-ng", "-v", speaker, "-s", "150", "-p", Integer.toString(pitch),
                    "-w", wav.toString(), text).redirectErrorStream(true).start();
            espeak.getInputStream().readAllBytes();
            assertThat(espeak.waitFor()).isZero();
            return SyntheticTakes.padded(AudioFiles.read16kMono(wav));
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    @Test
    void theSameWordForASecondCommandIsRefusedNamingTheFirst() throws Exception {
        String speaker = SPEAKERS.get(0);
        OwnWord again = new WordLearner().learn(List.of(take(speaker, "hoofdstuk twee", 0.92),
                take(speaker, "hoofdstuk twee", 1.0), take(speaker, "hoofdstuk twee", 1.08)));
        assertThat(ConflictCheck.conflict(TAUGHT.get(speaker), Command.of(Kind.NEXT_SENTENCE), again))
                .contains(Command.chapter(2));
    }
}
