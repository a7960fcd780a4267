package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.ownwords.OwnWord;
import nl.verteller.ownwords.WordLearner;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile file: what it holds (templates, never audio), who may read it, and how it survives concurrency and damage. */
@Fast
class ProfileStoreTest {
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+f3"), 150, 10_000);
    @TempDir
    Path dir;

    private static OwnWord word(String text, List<short[]> takes) throws Exception {
        for (double speed : new double[] {0.9, 1.0, 1.1}) {
            takes.add(SyntheticTakes.spoken(SPEAKER, text, Language.NL, speed));
        }
        return new WordLearner().learn(takes);
    }

    @Test
    void theFileHoldsTemplatesNeverAudioIsReadableByTheOwnerOnlyAndGoesWithTheProfile() throws Exception {
        List<short[]> takes = new ArrayList<>();
        OwnWord volgende = word("volgende", takes);
        // A word refused at enrolment stays as no command: templates too, never its takes.
        List<short[]> refusedTakes = new ArrayList<>();
        OwnWord refused = word("vorige", refusedTakes);
        takes.addAll(refusedTakes);
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(new Profile("anna", Map.of()).with(Command.of(Command.Kind.NEXT_CHAPTER), volgende)
                .withUnkept(new UnkeptTakes(Command.of(Command.Kind.PREVIOUS_CHAPTER), refused.templates())));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        int shortestTake = takes.stream().mapToInt(t -> t.length).min().orElseThrow();
        assertThat(longestArray(Json.parse(Files.readString(store.file())))).isPositive()
                .isLessThan(shortestTake / 10);
        Profile loaded = store.find("anna").orElseThrow();
        assertThat(loaded.sounds().get(Command.of(Command.Kind.NEXT_CHAPTER)).templates()).hasSize(3)
                .allSatisfy(template -> assertThat(template.copies()).as("the noisy and reverberant copies").hasSize(2))
                .allSatisfy(template -> assertThat(template.spectra()).as("to hear them as in a noisy room").hasSize(3));
        assertThat(loaded.sounds().get(Command.of(Command.Kind.NEXT_CHAPTER)).limit()).isEqualTo(volgende.limit());
        assertThat(loaded.sounds().get(Command.of(Command.Kind.NEXT_CHAPTER)).noisyLimit()).isEqualTo(volgende.noisyLimit());
        assertThat(loaded.sounds().get(Command.of(Command.Kind.NEXT_CHAPTER)).dryLimit()).isEqualTo(volgende.dryLimit());
        assertThat(loaded.unkept()).singleElement().satisfies(unkept -> {
            assertThat(unkept.triedFor()).isEqualTo(Command.of(Command.Kind.PREVIOUS_CHAPTER));
            assertThat(unkept.templates()).hasSize(3).allSatisfy(template -> assertThat(template.copies()).hasSize(2));
        });

        assertThat(store.delete("anna")).isTrue();
        assertThat(Files.readString(store.file())).doesNotContain("anna").doesNotContain("_sounds")
                .doesNotContain("_unkept");
    }

    @Test
    void aProfileWrittenBeforeTakesWereKeptAsNoCommandStillLoads() throws Exception {
        OwnWord volgende = word("volgende", new ArrayList<>());
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(new Profile("anna", Map.of()).with(Command.of(Command.Kind.NEXT_CHAPTER), volgende));
        assertThat(Files.readString(store.file())).as("as a profile was written before").doesNotContain("_unkept");

        Profile loaded = store.find("anna").orElseThrow();
        assertThat(loaded.unkept()).isEmpty();
        assertThat(loaded.sounds()).containsOnlyKeys(Command.of(Command.Kind.NEXT_CHAPTER));
    }

    @Test
    void aProfileWrittenBeforeTheSpectraWereKeptStillLoadsWithItsFeatures() throws Exception {
        OwnWord volgende = word("volgende", new ArrayList<>());
        OwnWord asKeptBefore = new OwnWord(volgende.templates().stream()
                .map(template -> new Template(template.frames(), template.copies())).toList(), volgende.limit(),
                volgende.noisyLimit());
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(new Profile("anna", Map.of()).with(Command.of(Command.Kind.NEXT_CHAPTER), asKeptBefore));
        assertThat(Files.readString(store.file())).contains("\"takes\"").doesNotContain("spectra");

        OwnWord loaded = store.find("anna").orElseThrow().sounds().get(Command.of(Command.Kind.NEXT_CHAPTER));
        assertThat(loaded.templates()).hasSize(3).allSatisfy(template -> {
            assertThat(template.spectra()).isEmpty();
            assertThat(template.copies()).hasSize(2);
        });
        assertThat(loaded.limit()).isEqualTo(volgende.limit());
    }

    @Test
    void aWordWrittenBeforeTheLimitForDrySpeechWasLearntKeepsItsLimitThere() throws Exception {
        OwnWord volgende = word("volgende", new ArrayList<>());
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(new Profile("anna", Map.of()).with(Command.of(Command.Kind.NEXT_CHAPTER), volgende));
        String written = Files.readString(store.file());
        Files.writeString(store.file(), written.replaceAll(",\\s*\"dryLimit\"\\s*:\\s*[0-9.eE+-]+", ""));
        assertThat(Files.readString(store.file())).as("as a profile was written before").doesNotContain("dryLimit");

        OwnWord loaded = store.find("anna").orElseThrow().sounds().get(Command.of(Command.Kind.NEXT_CHAPTER));
        assertThat(volgende.dryLimit()).isLessThan(volgende.limit());
        assertThat(loaded.dryLimit()).as("the limit for clear speech, as before").isEqualTo(volgende.limit());
    }

    private static int longestArray(JsonValue value) {
        int longest = 0;
        if (value.isArray()) {
            longest = value.asArray().size();
            for (JsonValue item : value.asArray()) {
                longest = Math.max(longest, longestArray(item));
            }
        } else if (value.isObject()) {
            for (var member : value.asObject()) {
                longest = Math.max(longest, longestArray(member.getValue()));
            }
        }
        return longest;
    }

    @Test
    void twoEnrolmentsOfOneProfileAtOnceLoseNoWord() throws Exception {
        Path file = dir.resolve("profiles.json");
        List<Command> commands = List.of(Command.of(Command.Kind.READ), Command.of(Command.Kind.PAUSE),
                Command.of(Command.Kind.REPEAT), Command.of(Command.Kind.HOME), Command.chapter(1), Command.chapter(2),
                Command.chapter(3), Command.chapter(4), Command.chapter(5), Command.chapter(6));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int half = t;
                done.add(pool.submit(() -> {
                    // As the command line does: its own store, the profile as it was read, one word taught, merged.
                    ProfileStore store = new ProfileStore(file);
                    for (int i = half; i < commands.size(); i += 2) {
                        Command command = commands.get(i);
                        Profile read = store.find("anna").orElse(new Profile("anna", Map.of()));
                        Profile taught = read.with(command, Set.of("word " + i));
                        store.update("anna", stored -> taught.mergedInto(stored, Set.of(command)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(new ProfileStore(file).find("anna").orElseThrow().taught()).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void aFileOfRandomBytesIsNamed() throws Exception {
        Path file = dir.resolve("profiles.json");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(file, noise);
        assertThatThrownBy(() -> new ProfileStore(file).load()).hasMessageContaining(file.toString())
                .hasMessageNotContaining("Input length");
    }
}
