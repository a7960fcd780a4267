package nl.verteller.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * The configuration keys are defined once, in {@link Config}; the README's table (for staff) and
 * Config's Javadoc (for developers) describe them. These tests hold both to the definitions: every
 * key, no other, with its default and, for numbers and choices, what it allows.
 */
@Fast
class ConfigDocsTest {
    private static final Pattern RANGE = Pattern.compile("a whole number from (\\d+) to (\\d+)");
    private static final String CHOICE = "one of ";
    /** In the Javadoc: one key, or several joined by "and", then "(what it allows, default)". */
    private static final Pattern JAVADOC_KEYS = Pattern.compile(
            "((?:\\{@code [a-z][a-z0-9.]+\\}(?: and |, )?)+) \\(([^()]*)\\)");
    private static final Pattern JAVADOC_KEY = Pattern.compile("\\{@code ([a-z][a-z0-9.]+)\\}");

    @Test
    void theReadmeTableListsEveryKeyWithItsDefaultAndWhatItAllows() throws IOException {
        Map<String, Row> rows = readmeRows();
        assertThat(rows.keySet()).as("the keys in README.md's Configuration table")
                .containsExactlyInAnyOrderElementsOf(Config.keys().keySet());
        for (Config.Key<?> key : Config.keys().values()) {
            Row row = rows.get(key.name());
            assertThat(row.defaultText()).as("README default of %s", key.name()).isEqualTo(key.defaultText());
            Matcher range = RANGE.matcher(key.allowed());
            if (range.matches()) {
                assertThat(row.allowed()).as("README range of %s", key.name())
                        .contains(range.group(1) + "–" + range.group(2));
            } else if (key.allowed().startsWith(CHOICE)) {
                for (String option : key.allowed().substring(CHOICE.length()).split(", ")) {
                    assertThat(row.allowed()).as("README choices of %s", key.name()).contains("`" + option + "`");
                }
            }
        }
    }

    @Test
    void configsJavadocListsEveryKeyWithItsDefault() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Config.Key<?> key : Config.keys().values()) {
            defaults.put(key.name(), key.defaultText());
        }
        assertThat(javadocDefaults()).as("the keys and defaults in Config's Javadoc")
                .containsExactlyInAnyOrderEntriesOf(defaults);
    }

    @Test
    void aRowThatCombinesKeysIsSplitIntoOneRowEach() {
        Map<String, Row> rows = new LinkedHashMap<>();
        addRow("| `a.x` / `a.y` / `a.z` | `false` / `F3` / `5000` | `true`, `false` / a key / 1000–30000 |", rows);
        addRow("| `b.x` / `b.y` | `3` | 1–5 |", rows);
        addRow("| `c` | empty | anything |", rows);
        assertThat(rows).containsExactly(Map.entry("a.x", new Row("false", "`true`, `false`")),
                Map.entry("a.y", new Row("F3", "a key")), Map.entry("a.z", new Row("5000", "1000–30000")),
                Map.entry("b.x", new Row("3", "1–5")), Map.entry("b.y", new Row("3", "1–5")),
                Map.entry("c", new Row("", "anything")));
    }

    /** One key of the README table: its default as a settings file would have it, and what it allows. */
    private record Row(String defaultText, String allowed) {
    }

    private static Map<String, Row> readmeRows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("\n## Configuration\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Map<String, Row> rows = new LinkedHashMap<>();
        section.lines().filter(line -> line.startsWith("| `")).forEach(line -> addRow(line, rows));
        return rows;
    }

    /** A row may name several keys ("`a` / `b`"), with one default for all or one each; likewise what they allow. */
    private static void addRow(String line, Map<String, Row> rows) {
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
        String[] keys = cells[0].split(" / ");
        String[] defaults = cells[1].split(" / ");
        String[] allowed = cells[2].split(" / ");
        for (int i = 0; i < keys.length; i++) {
            String shown = unquoted(defaults[defaults.length == keys.length ? i : 0]);
            Row row = new Row(shown.equals("empty") ? "" : shown, allowed[allowed.length == keys.length ? i : 0]);
            assertThat(rows.put(unquoted(keys[i]), row)).as("a second row for %s", keys[i]).isNull();
        }
    }

    private static String unquoted(String cell) {
        return cell.strip().replaceAll("^`(.*)`$", "$1");
    }

    /** Key and default of each key that Config's class Javadoc describes. */
    private static Map<String, String> javadocDefaults() throws IOException {
        Path source = Path.of("src/main/java", Config.class.getName().replace('.', '/') + ".java");
        String text = Files.readString(source);
        String javadoc = text.substring(0, text.indexOf("public final class " + Config.class.getSimpleName()));
        String joined = String.join(" ", javadoc.lines().map(line -> line.replaceFirst("^\\s*\\*\\s?", "")).toList());
        Map<String, String> defaults = new LinkedHashMap<>();
        Matcher described = JAVADOC_KEYS.matcher(joined.replaceAll("\\s+", " "));
        while (described.find()) {
            String inParentheses = described.group(2);
            String shown = inParentheses.substring(inParentheses.lastIndexOf(", ") + 2)
                    .replaceAll("^\\{@code (.*)\\}$", "$1");
            List<String> keys = new ArrayList<>();
            JAVADOC_KEY.matcher(described.group(1)).results().forEach(key -> keys.add(key.group(1)));
            keys.forEach(key -> defaults.put(key, shown.equals("empty") ? "" : shown));
        }
        return defaults;
    }
}
