package nl.verteller.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.verteller.kiosk.AdminPin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @Test
    void defaultsRunEverything() {
        Config config = Config.defaults();
        // The tests run in the checkout, which is the installation's home: the same folder as before.
        assertThat(config.get(Config.CONTENT_DIR)).isEqualTo(Path.of("content").toAbsolutePath());
        assertThat(config.get(Config.VOICE_NL)).isEqualTo("espeak");
        assertThat(config.get(Config.VOICE_EN)).isEqualTo("freetts");
        assertThat(config.get(Config.READING_RATE_STEP)).isEqualTo(3);
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void goodValuesAreUsed() {
        Config config = Config.fromMap("test", Map.of("voice.en", "espeak", "espeak.wpm", "120"));
        assertThat(config.get(Config.VOICE_EN)).isEqualTo("espeak");
        assertThat(config.get(Config.ESPEAK_WPM)).isEqualTo(120);
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() {
        Config config = Config.fromMap("test", Map.of("voice.fr", "espeak"));
        assertThat(config.problems()).singleElement().asString()
                .contains("unknown key \"voice.fr\"").contains("voice.nl").contains("voice.en");
    }

    @Test
    void aBadValueNamesTheKeyAndTheAllowedValuesAndKeepsTheDefault() {
        Config config = Config.fromMap("test", Map.of("voice.en", "alexa", "espeak.wpm", "900",
                "reading.volume.step", "loud"));
        assertThat(config.get(Config.VOICE_EN)).isEqualTo("freetts");
        assertThat(config.get(Config.ESPEAK_WPM)).isEqualTo(150);
        assertThat(config.get(Config.READING_VOLUME_STEP)).isEqualTo(3);
        assertThat(config.problems()).containsExactlyInAnyOrder(
                "test: voice.en = \"alexa\" is not allowed (one of freetts, espeak); using the default freetts",
                "test: espeak.wpm = \"900\" is not allowed (a whole number from 80 to 300); using the default 150",
                "test: reading.volume.step = \"loud\" is not allowed (a whole number from 1 to 5); using the default 3");
    }

    @Test
    void anUnreadableFileOrABadFlagIsNamedAndTheDefaultsRun(@TempDir Path dir) {
        Config unreadable = Config.load(dir);
        assertThat(unreadable.problems()).singleElement().asString().contains(dir.toString(), "cannot be read");
        assertThat(unreadable.get(Config.VOICE_ENABLED)).isTrue();
        Config flag = Config.fromMap("test", Map.of("voice.enabled", "yes please"));
        assertThat(flag.problems()).singleElement().asString().contains("voice.enabled", "true or false");
        assertThat(flag.get(Config.VOICE_ENABLED)).isTrue();
    }

    @Test
    void theAdminPinIsKeptOnlyAsAHashAndABadOneIsNamed() {
        assertThat(CommandLine.run("hash-pin", "2468").out().strip())
                .isEqualTo("kiosk.admin.pin.sha256=" + AdminPin.hash("2468"));
        assertThat(AdminPin.matches("2468", AdminPin.hash("2468"))).isTrue();
        assertThat(AdminPin.matches("2469", AdminPin.hash("2468"))).isFalse();
        Config config = Config.fromMap("test", Map.of("kiosk.admin.pin.sha256", "2468"));
        assertThat(config.get(Config.KIOSK_ADMIN_PIN)).isEmpty();
        assertThat(config.problems()).singleElement().asString().contains("kiosk.admin.pin.sha256", "hash-pin");
        assertThat(CommandLine.run("hash-pin", "12").exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingFileGivesTheDefaultsAndAFileIsReadAsUtf8(@TempDir Path dir) throws Exception {
        assertThat(Config.load(dir.resolve("none.properties")).problems()).isEmpty();
        Path file = dir.resolve("verteller.properties");
        Files.writeString(file, "# comment\nespeak.voice.nl = nl\naudio.output = Lüdenscheid\n");
        Config config = Config.load(file);
        assertThat(config.problems()).isEmpty();
        assertThat(config.get(Config.AUDIO_OUTPUT)).isEqualTo("Lüdenscheid");
    }
}
