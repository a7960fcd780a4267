package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.verteller.content.Language;
import nl.verteller.content.LibraryLoader;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Model;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dutch speaker (espeak-ng, no Dutch model installed) teaches the English model their own words,
 * three takes at three speeds; new takes at other speeds with noise must give the command, and the
 * Dutch leaflet read by the same voice must give none.
 */
@Model
class PersonalWordsTest {
    private static VoiceLanguage english;
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl"), 150, 10_000);
    /** In a fixed order: each take gets its own noise from one seeded generator, the same in every run. */
    private static final Map<String, Command> WORDS = new TreeMap<>(Map.of("volgende", Command.of(Kind.NEXT_CHAPTER),
            "lees voor", Command.of(Kind.READ), "herhaal", Command.of(Kind.REPEAT)));
    private static final double CLEAN = SyntheticTakes.CLEAN;
    private final Random random = new Random(7);

    @BeforeAll
    static void load() throws Exception {
        english = VoiceLanguage.load(Language.EN, Path.of("models/en"), Path.of("content/en/commands.properties"));
    }

    @AfterAll
    static void close() {
        english.close();
    }

    private short[] take(String word, double speed, double snrDb) throws Exception {
        return SyntheticTakes.withNoise(SyntheticTakes.spoken(SPEAKER, word, Language.NL, speed), snrDb, random);
    }

    private Profile enrolAll() throws Exception {
        Profile profile = new Profile("anna", Map.of());
        for (Map.Entry<String, Command> word : WORDS.entrySet()) {
            List<short[]> takes = List.of(take(word.getKey(), 0.9, CLEAN), take(word.getKey(), 1.0, CLEAN),
                    take(word.getKey(), 1.1, CLEAN));
            profile = new Enrolment(english).enrol(profile, word.getValue(), takes);
        }
        return profile;
    }

    private Optional<Command> hear(PhraseSet phrases, short[] audio) throws Exception {
        try (CommandRecognizer recognizer = english.recognizer(phrases, RecognitionRules.DEFAULT)) {
            return recognizer.recognize(audio).filter(Decision::accepted).map(Decision::command);
        }
    }

    @Test
    void newTakesOfTheSameSpeakerGiveTheCommandAndTheLeafletGivesNone() throws Exception {
        Profile profile = enrolAll();
        PhraseSet phrases = english.phrases(List.of()).withPersonal(profile);
        int right = 0;
        int tried = 0;
        for (Map.Entry<String, Command> word : WORDS.entrySet()) {
            for (double speed : new double[] {0.85, 1.15}) {
                Optional<Command> heard = hear(phrases, take(word.getKey(), speed, 20));
                assertThat(heard).as("\"%s\" at %.2f must never be another command", word.getKey(), speed)
                        .isIn(Optional.of(word.getValue()), Optional.empty());
                right += heard.isPresent() ? 1 : 0;
                tried++;
            }
        }
        assertThat(right).as("new takes heard right, of %d", tried).isGreaterThanOrEqualTo(tried - 1);

        List<String> obeyed = new ArrayList<>();
        for (Sentence sentence : new LibraryLoader().load(Path.of("content")).find("als", Language.NL).orElseThrow()
                .chapters().stream().flatMap(c -> c.sentences().stream()).toList()) {
            hear(phrases, take(sentence.text(), 1.0, CLEAN)).ifPresent(c -> obeyed.add(sentence.text() + " as " + c));
        }
        assertThat(obeyed).isEmpty();
    }

    /** "volgende" at {@code speed}, a weak voice: {@code belowUsualDb} below a usual level, over a microphone's hiss. */
    private short[] weakly(double speed, double belowUsualDb) throws Exception {
        return SyntheticTakes.weak(SyntheticTakes.spoken(SPEAKER, "volgende", Language.NL, speed), belowUsualDb, random);
    }

    @Test
    void aWeakVoiceTeachesItsWordAndIsHeardAndOneTooQuietIsToldSo() throws Exception {
        // 35 dB below a usual voice (speech at -56 dBFS): its words fell apart where they dipped under -55 dBFS,
        // and each take was refused as too short.
        Command next = Command.of(Kind.NEXT_CHAPTER);
        Profile taught = new Enrolment(english).enrol(new Profile("anna", Map.of()), next,
                List.of(weakly(0.9, 35), weakly(1.0, 35), weakly(1.1, 35)));
        OwnWordsListener listener = new OwnWordsListener(AcousticMatcher.of(taught));
        assertThat(listener.firstCommand(weakly(0.85, 35))).contains(next);
        assertThat(listener.firstCommand(weakly(1.15, 35))).contains(next);

        assertThatThrownBy(() -> new Enrolment(english).enrol(Profile.guest(), next,
                List.of(weakly(0.9, 50), weakly(1.0, 50), weakly(1.1, 50))))
                .hasMessageContaining("take 1 is too quiet: say the word a little louder, or closer to the microphone");
    }

    @Test
    void badTakesAndAConflictingWordAreRefusedWithAClearMessage() throws Exception {
        short[] silence = new short[16_000];
        assertThatThrownBy(() -> new Enrolment(english).enrol(Profile.guest(), Command.of(Kind.PAUSE),
                List.of(silence, silence, silence))).isInstanceOf(Enrolment.Refused.class).hasMessageContaining("too quiet");
        short[] click = new short[24_000];
        Arrays.fill(click, 8_000, 9_600, (short) 20_000);
        assertThatThrownBy(() -> new Enrolment(english).enrol(Profile.guest(), Command.of(Kind.PAUSE),
                List.of(click, click, click))).hasMessageContaining("too short");
        short[] clipped = take("pauze", 1.0, CLEAN);
        for (int i = 0; i < clipped.length; i += 50) {
            clipped[i] = Short.MAX_VALUE;
        }
        assertThatThrownBy(() -> new Enrolment(english).enrol(Profile.guest(), Command.of(Kind.PAUSE),
                List.of(clipped, clipped, clipped))).hasMessageContaining("clipped");
        assertThatThrownBy(() -> new Enrolment(english).enrol(Profile.guest(), Command.of(Kind.PAUSE), List.of(clipped)))
                .hasMessageContaining("three takes");

        Profile profile = new Enrolment(english).enrol(new Profile("anna", Map.of()), Command.of(Kind.NEXT_CHAPTER),
                List.of(take("volgende", 0.9, CLEAN), take("volgende", 1.0, CLEAN), take("volgende", 1.1, CLEAN)));
        assertThatThrownBy(() -> new Enrolment(english).enrol(profile, Command.of(Kind.PREVIOUS_CHAPTER),
                List.of(take("volgende", 0.95, CLEAN), take("volgende", 1.05, CLEAN), take("volgende", 1.0, CLEAN))))
                .hasMessageContaining("like the word for NEXT_CHAPTER");
    }

    @Test
    void textProfilesAreStoredAsTextAndNothingElseIsWritten(@TempDir Path dir) throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        Profile profile = new Profile("anna", Map.of(Command.of(Kind.READ), List.of("please log", "baseball")));
        store.save(profile);
        store.save(new Profile("bob", Map.of(Command.chapter(2), List.of("how's it way"))));
        assertThat(store.find("anna")).contains(profile);
        assertThat(store.load().keySet()).containsExactly("anna", "bob");
        assertThat(store.delete("bob")).isTrue();
        assertThat(store.delete("bob")).isFalse();
        assertThat(store.find("guest")).contains(Profile.guest());
        try (var files = Files.list(dir)) {
            // The lock file (empty) that keeps two enrolments at once from losing a word.
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("profiles.json", "profiles.json.lock");
        }
        assertThat(Files.readString(dir.resolve("profiles.json")))
                .isEqualTo("{\"profiles\":{\"anna\":{\"READ\":[\"please log\",\"baseball\"]}}}");
    }
}
