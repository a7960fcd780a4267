package nl.verteller.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verteller.tags.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every file reader under Jazzer. In CI (regression mode) each runs the seed corpus beside this class
 * ({@code FuzzTargetsTestInputs/<method>/}): the broken and hostile files that once crashed or fooled
 * the kiosk. {@code JAZZER_FUZZ=1 mvn test -Dtest=FuzzTargetsTest} fuzzes one target for real.
 */
@Slow
class FuzzTargetsTest {
    private static Path scratch;

    @BeforeAll
    static void makeScratch() throws IOException {
        scratch = Files.createTempDirectory("verteller-fuzz-test");
    }

    @AfterAll
    static void removeScratch() throws IOException {
        try (var files = Files.walk(scratch)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void markdown(byte[] input) throws IOException {
        FuzzTarget.MARKDOWN.feed(input, scratch);
    }

    @FuzzTest(maxDuration = "60s")
    void settings(byte[] input) throws IOException {
        FuzzTarget.SETTINGS.feed(input, scratch);
    }

    @FuzzTest(maxDuration = "60s")
    void profiles(byte[] input) throws IOException {
        FuzzTarget.PROFILES.feed(input, scratch);
    }

    @FuzzTest(maxDuration = "60s")
    void wav(byte[] input) throws IOException {
        FuzzTarget.WAV.feed(input, scratch);
    }
}
