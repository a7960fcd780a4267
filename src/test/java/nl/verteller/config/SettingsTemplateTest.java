package nl.verteller.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Fast
class SettingsTemplateTest {
    @Test
    void asInstalledEveryKeyIsCommentedOutAndTheFileGivesTheDefaults(@TempDir Path dir) throws Exception {
        List<String> lines = SettingsTemplate.lines(Config.defaults(), "/etc/verteller/verteller.properties");
        for (String name : Config.keys().keySet()) {
            assertThat(lines).as(name).anyMatch(line -> line.startsWith("#" + name + " = "));
        }
        assertThat(lines).allMatch(line -> line.isEmpty() || line.startsWith("#"));
        assertThat(lines).contains("#content.dir = " + Installation.current().home().resolve("content"));

        Path file = dir.resolve("verteller.properties");
        Files.write(file, lines);
        assertThat(Config.load(file).problems()).isEmpty();
    }

    @Test
    void everyDefaultShownIsAValueTheKioskAccepts(@TempDir Path dir) throws Exception {
        List<String> uncommented = SettingsTemplate.lines(Config.defaults(), "test").stream()
                .filter(line -> line.matches("#[a-z][a-z0-9.]* = .*")).map(line -> line.substring(1)).toList();
        assertThat(uncommented).hasSameSizeAs(Config.keys().keySet());
        Path file = dir.resolve("verteller.properties");
        Files.write(file, uncommented);
        Config config = Config.load(file);
        assertThat(config.problems()).isEmpty();
        for (Config.Key<?> key : Config.keys().values()) {
            assertThat(config.get(key)).as(key.name()).isEqualTo(Config.defaults().get(key));
        }
    }
}
