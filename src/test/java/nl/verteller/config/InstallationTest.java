package nl.verteller.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verteller.Main;
import nl.verteller.tags.Fast;
import nl.verteller.tags.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {
    @TempDir
    Path dir;

    @Fast
    @Test
    void theCheckoutIsFoundFromItsJarOrClassesAndNothingElseIsTakenForOne() throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("verteller"));
        Files.createDirectories(checkout.resolve("target/classes"));
        assertThat(Installation.checkoutOf(checkout.resolve("target/verteller.jar"))).isEmpty();
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        assertThat(Installation.checkoutOf(checkout.resolve("target/verteller.jar"))).contains(checkout);
        assertThat(Installation.checkoutOf(checkout.resolve("target/classes"))).contains(checkout);
        assertThat(Installation.checkoutOf(checkout.resolve("verteller.jar"))).isEmpty();
        assertThat(Installation.checkoutOf(Path.of("/usr/share/java/verteller.jar"))).isEmpty();
    }

    @Fast
    @Test
    void aRelativePathInASettingsFileIsTakenFromThatFilesFolderAndADefaultFromTheHome() throws Exception {
        Path file = Files.createDirectories(dir.resolve("kiosk")).resolve("verteller.properties");
        Files.writeString(file, "content.dir = leaflets\nmodels.dir = /srv/models\n");
        Config config = Config.load(file);
        assertThat(config.get(Config.CONTENT_DIR)).isEqualTo(dir.resolve("kiosk/leaflets"));
        assertThat(config.get(Config.MODELS_DIR)).isEqualTo(Path.of("/srv/models"));
        assertThat(config.get(Config.PROFILES_FILE))
                .isEqualTo(Installation.current().home().resolve("profiles.json"));
    }

    /** The fault of issue 15: run from another folder, voice control and pronunciation were not found. */
    @Model
    @Test
    void startedFromAnotherFolderItFindsItsContentPhrasesAndModel() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path take = dir.resolve("next-chapter.wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-gb", "-w", take.toString(), "next chapter")
                .redirectErrorStream(true).start();
        assertThat(espeak.waitFor(30, TimeUnit.SECONDS) && espeak.exitValue() == 0).isTrue();

        Ran list = java(elsewhere, "list", "--lang", "en");
        assertThat(list.out).contains("als\t1\t");
        Ran recognize = java(elsewhere, "recognize", "--lang", "en", take.toString());
        assertThat(recognize.err).doesNotContain("No voice control");
        assertThat(recognize.out).contains("\"command\":\"NEXT_CHAPTER\"").contains("\"why_not\":null");
    }

    private record Ran(int exitCode, String out, String err) {
    }

    /** This program in a JVM of its own, started in {@code folder}, with this test's class path. */
    private Ran java(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
