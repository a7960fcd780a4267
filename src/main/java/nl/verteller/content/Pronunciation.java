package nl.verteller.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A clinic's fixes to how words are spoken, from {@code content/<lang>/pronunciation.properties}
 * ({@code written word = how to say it}). Whole words only, case-sensitive; a hyphen separates
 * words, so {@code ALS} also applies inside {@code ALS-team}. Longer entries win over shorter ones.
 */
public final class Pronunciation {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final Pronunciation NONE = new Pronunciation(Map.of());

    private final Map<String, String> spokenForms;
    private final Pattern words;

    private Pronunciation(Map<String, String> spokenForms) {
        this.spokenForms = Map.copyOf(spokenForms);
        this.words = spokenForms.isEmpty() ? null : Pattern.compile("(?<!" + WORD_CHAR + ")(?:"
                + spokenForms.keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|"))
                + ")(?!" + WORD_CHAR + ")");
    }

    /** No fixes: every word is spoken as written. */
    public static Pronunciation none() {
        return NONE;
    }

    /** A pronunciation from explicit entries (written word to spoken form). */
    public static Pronunciation of(Map<String, String> spokenForms) {
        return spokenForms.isEmpty() ? NONE : new Pronunciation(spokenForms);
    }

    /** Reads a properties file; a missing file means no fixes. */
    public static Pronunciation load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> {
            String value = properties.getProperty(key).strip();
            if (!key.isBlank() && !value.isEmpty()) {
                entries.put(key.strip(), value);
            }
        });
        return of(entries);
    }

    public int size() {
        return spokenForms.size();
    }

    /** The text a voice should be given for {@code written}, mapped back to it. */
    public SpokenText apply(String written) {
        if (words == null) {
            return SpokenText.verbatim(written);
        }
        StringBuilder spoken = new StringBuilder(written.length() + 16);
        int[] offsets = new int[written.length() * 4 + 64];
        int copied = 0;
        Matcher matcher = words.matcher(written);
        while (matcher.find()) {
            offsets = copy(written, copied, matcher.start(), spoken, offsets);
            String replacement = spokenForms.get(matcher.group());
            offsets = ensure(offsets, spoken.length() + replacement.length() + 1);
            for (int k = 0; k < replacement.length(); k++) {
                offsets[spoken.length() + k] = matcher.start();
            }
            spoken.append(replacement);
            copied = matcher.end();
        }
        offsets = copy(written, copied, written.length(), spoken, offsets);
        offsets[spoken.length()] = written.length();
        int[] exact = Arrays.copyOf(offsets, spoken.length() + 1);
        return new SpokenText(written, spoken.toString(), exact);
    }

    private static int[] copy(String written, int from, int to, StringBuilder spoken, int[] offsets) {
        int[] target = ensure(offsets, spoken.length() + (to - from) + 1);
        for (int i = from; i < to; i++) {
            target[spoken.length()] = i;
            spoken.append(written.charAt(i));
        }
        return target;
    }

    private static int[] ensure(int[] offsets, int size) {
        return offsets.length >= size ? offsets : Arrays.copyOf(offsets, Math.max(size, offsets.length * 2));
    }
}
