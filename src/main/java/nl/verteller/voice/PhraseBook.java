package nl.verteller.voice;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;

/**
 * A language's spoken commands, from the clinic-editable {@code content/<lang>/commands.properties}
 * ({@code READ = read, start reading}; {@code CHAPTER = chapter {n}}; {@code LANGUAGE_nl = dutch};
 * {@code numbers = one, two, …}). Makes the {@link PhraseSet} for a screen: the fixed phrases, the
 * chapter numbers of the open leaflet and its chapter titles.
 */
public final class PhraseBook {
    private static final String NUMBER = "{n}";

    private final Language language;
    private final Map<String, Command> fixed;
    private final Map<String, Command> settings;
    private final List<String> chapterPatterns;
    private final List<String> numbers;
    private final List<String> decoys;

    private PhraseBook(Language language, Map<String, Command> fixed, Map<String, Command> settings,
            List<String> chapterPatterns, List<String> numbers, List<String> decoys) {
        this.language = language;
        this.fixed = fixed;
        this.settings = settings;
        this.chapterPatterns = chapterPatterns;
        this.numbers = numbers;
        this.decoys = decoys;
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException naming the key, when a line is not a known command
     */
    public static PhraseBook load(Language language, Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Command> fixed = new LinkedHashMap<>();
        Map<String, Command> settings = new LinkedHashMap<>();
        List<String> patterns = new ArrayList<>();
        List<String> numbers = split(properties.getProperty("numbers", ""));
        List<String> decoys = split(properties.getProperty("decoys", ""));
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            List<String> phrases = split(properties.getProperty(key));
            if (key.equals("numbers") || key.equals("decoys")) {
                continue;
            } else if (key.equals("CHAPTER")) {
                patterns.addAll(phrases);
            } else {
                Command command = parseKey(key, file);
                Map<String, Command> into = command.setting() == null ? fixed : settings;
                phrases.forEach(phrase -> into.putIfAbsent(phrase, command));
            }
        }
        return new PhraseBook(language, fixed, settings, patterns, numbers, decoys);
    }

    /** {@code LANGUAGE_nl}, {@code INCREASE_SCAN_TIME} and {@code SET_SCANNING_2} as the tokens they stand for. */
    private static Command parseKey(String key, Path file) {
        String token = key;
        for (String kind : List.of("LANGUAGE", "INCREASE", "DECREASE", "SET")) {
            if (key.startsWith(kind + "_")) {
                String rest = key.substring(kind.length() + 1);
                int value = rest.lastIndexOf('_');
                token = kind + " " + (kind.equals("SET") && value > 0
                        ? rest.substring(0, value) + " " + rest.substring(value + 1) : rest);
            }
        }
        return Command.parse(token).orElseThrow(() -> new IllegalArgumentException(file + ": \"" + key
                + "\" is not a command (use READ, PAUSE, …, CHAPTER, LANGUAGE_nl, SET_SCANNING_1 or numbers)"));
    }

    private static List<String> split(String value) {
        List<String> phrases = new ArrayList<>();
        for (String part : value.split(",")) {
            String phrase = normalize(part);
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    /** Lower case words separated by single spaces, without punctuation: how the recognizer writes them. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'{}]+", " ").strip();
    }

    public Language language() {
        return language;
    }

    /** The everyday words the grammar also offers, so talk is heard as talk. */
    public List<String> decoys() {
        return decoys;
    }

    /**
     * The phrases for a screen that shows these chapter titles (empty when no leaflet is open). Chapter
     * numbers go up to the number of titles, and at most as far as the {@code numbers} line.
     */
    public PhraseSet phrases(List<String> chapterTitles) {
        Map<String, Command> all = new LinkedHashMap<>(fixed);
        int count = Math.min(chapterTitles.size(), numbers.size());
        for (int n = 1; n <= count; n++) {
            for (String pattern : chapterPatterns) {
                all.putIfAbsent(pattern.replace(NUMBER, numbers.get(n - 1)), Command.chapter(n));
            }
        }
        for (int n = 1; n <= chapterTitles.size(); n++) {
            String title = normalize(chapterTitles.get(n - 1));
            if (!title.isEmpty()) {
                all.putIfAbsent(title, Command.chapter(n));
            }
        }
        return new PhraseSet(all, decoys);
    }

    /**
     * The phrases for the settings screen: the fixed ones (to move on, or to read) and the settings'
     * own, which win where they share a phrase ("bigger text" changes the text size for the next
     * patient too). No chapters: none are on screen.
     */
    public PhraseSet settingsPhrases() {
        Map<String, Command> all = new LinkedHashMap<>(settings);
        fixed.forEach(all::putIfAbsent);
        return new PhraseSet(all, decoys);
    }

    /**
     * Phrases (of the fixed set, the settings screen and the given titles) with words the model does not
     * know, with the word.
     */
    public List<String> unknownWords(ModelVocabulary vocabulary, List<String> chapterTitles) {
        Set<String> unknown = new TreeSet<>();
        Set<String> all = new TreeSet<>(phrases(chapterTitles).phrases().keySet());
        all.addAll(settings.keySet());
        for (String phrase : all) {
            for (String word : phrase.split(" ")) {
                if (!vocabulary.knows(word)) {
                    unknown.add("\"" + word + "\" in \"" + phrase + "\"");
                }
            }
        }
        return List.copyOf(unknown);
    }
}
