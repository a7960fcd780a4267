package nl.verteller.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.Settings;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Fast
class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void theSettingsComeFromTheirConfigurationKeys() {
        Settings read = SettingsFile.read(Config.fromMap("test", Map.of("access.scan", "step", "access.scan.ms", "1500",
                "access.dwell", "true", "ui.text.size", "36", "voice.enabled", "false")));
        assertThat(read.get(Setting.SCANNING)).isEqualTo(Setting.TWO_SWITCHES);
        assertThat(read.get(Setting.SCAN_TIME)).isEqualTo(1500);
        assertThat(read.on(Setting.DWELL)).isTrue();
        assertThat(read.get(Setting.TEXT_SIZE)).isEqualTo(36);
        assertThat(read.on(Setting.VOICE_CONTROL)).isFalse();
    }

    @Test
    void aVoiceSwitchWithoutScanningTurnsOnOneSwitchScanning() {
        Settings read = SettingsFile.read(Config.fromMap("test", Map.of("access.voice.switch", "true")));
        assertThat(read.get(Setting.SCANNING)).isEqualTo(Setting.ONE_SWITCH);
    }

    @Test
    void savingRewritesOnlyItsOwnLinesAndReadsBackTheSame() throws Exception {
        Path file = dir.resolve("verteller.properties");
        Files.writeString(file, "# Clinic kiosk, waiting room 2\nlanguage.start = en\naccess.scan.ms=2000\n"
                + "kiosk.idle.minutes: 5\n");
        Settings changed = SettingsFile.read(Config.load(file)).with(Setting.SCAN_TIME, 750).with(Setting.DWELL, 1)
                .with(Setting.SCANNING, Setting.ONE_SWITCH);
        try (SettingsFile settings = new SettingsFile(file)) {
            settings.save(changed);
        }
        String saved = Files.readString(file);
        assertThat(saved).startsWith("# Clinic kiosk, waiting room 2\nlanguage.start = en\naccess.scan.ms = 750\n"
                + "kiosk.idle.minutes: 5\n# Set on the settings screen\n");
        Config reread = Config.load(file);
        assertThat(reread.problems()).isEmpty();
        assertThat(SettingsFile.read(reread)).isEqualTo(changed);
        assertThat(reread.get(Config.KIOSK_IDLE_MINUTES)).isEqualTo(5);
        assertThat(dir.toFile().list()).containsExactly("verteller.properties");
    }

    @Test
    void savingKeepsTheFilesModeAndEveryOtherLineByteForByte() throws Exception {
        Path file = dir.resolve("verteller.properties");
        byte[] latin1 = "# Kliniek L\u00fcdenscheid\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        Files.writeString(file, "kiosk.admin.pin = " + StaffPin.hash("2468") + "\naccess.dwell = false",
                StandardOpenOption.APPEND);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (SettingsFile settings = new SettingsFile(file)) {
            settings.save(Settings.standard().with(Setting.DWELL, 1));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        byte[] saved = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(saved, latin1.length)).isEqualTo(latin1);
        Config reread = Config.load(file);
        assertThat(reread.get(Config.ACCESS_DWELL)).isTrue();
        assertThat(reread.get(Config.KIOSK_ADMIN_PIN).opens("2468".toCharArray())).isTrue();
    }

    @Test
    void aMissingFileIsMadeAndAConfigurationFromElsewhereIsNotSaved() throws Exception {
        Path file = dir.resolve("new.properties");
        try (SettingsFile settings = new SettingsFile(Config.load(file).file().orElseThrow())) {
            settings.save(Settings.standard().with(Setting.DWELL, 1));
        }
        assertThat(SettingsFile.read(Config.load(file)).on(Setting.DWELL)).isTrue();
        assertThat(Config.fromMap("test", Map.of()).file()).isEmpty();
    }
}
