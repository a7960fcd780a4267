package nl.verteller.config;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings file as the Debian package installs it: every key the code knows, commented out with
 * its default and what it allows. The package build makes it from {@link Config#keys()} with the
 * package's home folder ({@code -Dverteller.home}), so it lists every key and cannot drift from them;
 * default paths are shown as the folders they resolve to.
 */
public final class SettingsTemplate {
    private SettingsTemplate() {
    }

    /** Prints the template for this installation on stdout (run by {@code mvn -Pdeb package}). */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        lines(Config.defaults(), Config.DEFAULT_FILE.toString()).forEach(out::println);
    }

    /** The file's lines: each key's default as written in a settings file, a default path as the folder it means. */
    static List<String> lines(Config defaults, String fileName) {
        List<String> lines = new ArrayList<>(List.of(
                "# Verteller settings: " + fileName,
                "#",
                "# Every key is optional. Each is listed below, commented out, with its default and what it",
                "# allows: to change one, remove the '#' before the key and change the value. A wrong key or",
                "# value is reported by name (in the journal and by 'verteller check') and that key keeps its",
                "# default. A relative path is taken from the folder of this file: write folders in full.",
                "# The kiosk's settings screen saves its own keys (scanning, dwell, text size, reading speed,",
                "# voice control) at the end of this file; other lines stay as they are. The keys are",
                "# described in /usr/share/doc/verteller/README.md (Configuration)."));
        for (Config.Key<?> key : Config.keys().values()) {
            lines.add("");
            lines.add("# " + key.name() + ": " + key.allowed());
            Object value = defaults.get(key);
            lines.add("#" + key.name() + " = " + (value instanceof Path folder ? folder : key.defaultText()));
        }
        return lines;
    }
}
