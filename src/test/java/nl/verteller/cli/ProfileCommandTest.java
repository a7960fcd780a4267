package nl.verteller.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.verteller.audio.WavWriter;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code profile} says about files it cannot use: each named, none taken as a word. */
@Fast
class ProfileCommandTest {
    @TempDir
    Path dir;

    private Path config() throws Exception {
        Path config = dir.resolve("verteller.properties");
        Files.writeString(config, "profiles.file=" + dir.resolve("profiles.json") + "\n");
        return config;
    }

    @Test
    void aTakeLongerThanTenSecondsIsRefusedNamingTheFile() throws Exception {
        Path config = config();
        Path take = dir.resolve("take.wav");
        short[] eleven = new short[16_000 * 11];
        Random random = new Random(1);
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = (short) (random.nextGaussian() * 3000);
        }
        WavWriter.write(take, 16_000, eleven, eleven.length);
        CommandLine result = CommandLine.run("--config", config.toString(), "profile", "enrol", "--profile", "anna",
                "--command", "READ", take.toString(), take.toString(), take.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(take.toString()).contains("10 s");
        assertThat(dir.resolve("profiles.json")).doesNotExist();
    }

    @Test
    void aProfileFileOfRandomBytesIsNamed() throws Exception {
        Path config = config();
        byte[] noise = new byte[2048];
        new Random(2).nextBytes(noise);
        Files.write(dir.resolve("profiles.json"), noise);
        CommandLine result = CommandLine.run("--config", config.toString(), "profile", "list");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains(dir.resolve("profiles.json").toString()).doesNotContain("Input length");
    }
}
