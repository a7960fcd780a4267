package nl.verteller.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verteller.cli.CommandLine;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Fast
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
    void theStaffPinIsKeptAsASlowSaltedHashThatOnlyTheRightPinOpens() {
        String line = CommandLine.run("hash-pin", "2468").out().strip();
        assertThat(line).startsWith("kiosk.admin.pin=pbkdf2-sha256:");
        String value = line.substring("kiosk.admin.pin=".length());
        assertThat(value).doesNotContain("2468");
        assertThat(StaffPin.hash("2468")).as("a new random salt each time").isNotEqualTo(value);
        StaffPin pin = Config.fromMap("test", Map.of("kiosk.admin.pin", value)).get(Config.KIOSK_ADMIN_PIN);
        assertThat(pin.opens("2468".toCharArray())).isTrue();
        assertThat(pin.opens("2469".toCharArray())).isFalse();
        assertThat(pin.isNone()).isFalse();
        assertThat(CommandLine.run("hash-pin", "12").exitCode()).isEqualTo(2);
        assertThat(Config.defaults().get(Config.KIOSK_ADMIN_PIN).isNone()).as("no PIN configured").isTrue();
    }

    @Test
    void aPinLineThatCannotBeUsedLocksTheExitInsteadOfOpeningIt() {
        String good = StaffPin.hash("2468");
        for (Map<String, String> bad : List.of(
                Map.of("kiosk.admin.pin", good.substring(0, good.length() - 1)),
                Map.of("kiosk.admin.pin", "2468"),
                Map.of("kiosk.admin.pin.sha256", "0".repeat(64)),
                Map.of("kiosk.admin.pn", good))) {
            Config config = Config.fromMap("test", bad);
            StaffPin pin = config.get(Config.KIOSK_ADMIN_PIN);
            assertThat(pin.lockedBecause()).as("%s", bad).isPresent();
            assertThat(pin.opens("2468".toCharArray())).isFalse();
            assertThat(pin.opens(new char[0])).isFalse();
            assertThat(config.problems()).singleElement().asString().contains(bad.keySet().iterator().next())
                    .doesNotContain(good.substring(30));
        }
    }

    @Test
    void aSettingsFileThatCannotBeReadLocksTheExitAndSaysSo(@TempDir Path dir) throws Exception {
        Config folder = Config.load(dir);
        assertThat(folder.get(Config.KIOSK_ADMIN_PIN).lockedBecause()).isPresent();
        assertThat(folder.problems()).singleElement().asString().contains(dir.toString(), "cannot be read",
                "staff exit is locked");
        Path dangling = dir.resolve("link.properties");
        Files.createSymbolicLink(dangling, dir.resolve("gone.properties"));
        assertThat(Config.load(dangling).get(Config.KIOSK_ADMIN_PIN).lockedBecause()).isPresent();
        assertThat(Config.load(dir.resolve("none.properties")).get(Config.KIOSK_ADMIN_PIN).isNone())
                .as("no settings file at all: nothing is configured").isTrue();
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAloneAndTheRestCounts(@TempDir Path dir) throws Exception {
        String pin = StaffPin.hash("2468");
        Path file = dir.resolve("verteller.properties");
        byte[] stray = "audio.output = L\u00fcdenscheid\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(("access.scan = auto\nkiosk.admin.pin = " + pin + "\n").getBytes(StandardCharsets.UTF_8),
                stray, "# caf\u00e9 \\u00zz\nui.text.size = 40\nbad = \\uZZZZ\n".getBytes(StandardCharsets.UTF_8)));
        Config config = Config.load(file);
        assertThat(config.get(Config.ACCESS_SCAN)).isEqualTo("auto");
        assertThat(config.get(Config.UI_TEXT_SIZE)).isEqualTo(40);
        assertThat(config.get(Config.AUDIO_OUTPUT)).as("the broken line's key keeps its default").isEqualTo("default");
        assertThat(config.get(Config.KIOSK_ADMIN_PIN).opens("2468".toCharArray())).isTrue();
        assertThat(config.problems()).anySatisfy(p -> assertThat(p).contains("line 3", "not UTF-8"))
                .anySatisfy(p -> assertThat(p).contains("line 6", "skipped"));

        Files.write(file, concat("access.scan = auto\n".getBytes(StandardCharsets.UTF_8),
                "kiosk.admin.pin = \u00ff\n".getBytes(StandardCharsets.ISO_8859_1)));
        Config broken = Config.load(file);
        assertThat(broken.get(Config.ACCESS_SCAN)).isEqualTo("auto");
        assertThat(broken.get(Config.KIOSK_ADMIN_PIN).lockedBecause()).as("its PIN line unreadable").isPresent();
    }

    @Test
    void aSettingsFileNamedButMissingIsAnError(@TempDir Path dir) {
        CommandLine result = CommandLine.run("--config", dir.resolve("typo.properties").toString(), "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no settings file", "typo.properties");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
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
