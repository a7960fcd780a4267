package nl.verteller.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences for one language.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing brackets or quotes that follow) when white
 * space and then a capital, a digit or an opening bracket or quote follow. It does not end inside
 * brackets, after a known abbreviation ({@code bijv.}, {@code e.g.}) or after a single capital initial.
 * The abbreviations are data: {@code abbreviations_<lang>.txt} beside this class.
 */
public final class SentenceSplitter {
    private static final String CLOSERS = ")]}\"'”’»";
    private static final String OPENERS = "([{\"'“‘«";
    private static final String TERMINALS = ".!?…";

    private final Set<String> neverEnd;
    private final Set<String> mayEnd;

    private SentenceSplitter(Set<String> neverEnd, Set<String> mayEnd) {
        this.neverEnd = neverEnd;
        this.mayEnd = mayEnd;
    }

    /** The splitter for a language, with its abbreviation list. */
    public static SentenceSplitter forLanguage(Language language) {
        String resource = "abbreviations_" + language.code() + ".txt";
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return fromLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static SentenceSplitter fromLines(List<String> lines) {
        Set<String> never = new HashSet<>();
        Set<String> may = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("end:")) {
                may.add(line.substring(4).strip().toLowerCase(Locale.ROOT));
            } else {
                never.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return new SentenceSplitter(Set.copyOf(never), Set.copyOf(may));
    }

    /** The sentences of {@code text}, trimmed, in order; white space inside is folded to single spaces. */
    public List<String> split(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (TERMINALS.indexOf(c) >= 0) {
                int end = endOfPunctuation(folded, i);
                int depthAfter = depth - closingBrackets(folded, i, end);
                depth = Math.max(0, depthAfter);
                if (depth == 0 && endsSentence(folded, start, i, end)) {
                    sentences.add(folded.substring(start, end).strip());
                    start = end;
                }
                i = end - 1;
            }
        }
        String rest = folded.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    /** The index just past the terminal at {@code i} and any further terminals, closing brackets or quotes. */
    private static int endOfPunctuation(String text, int i) {
        int end = i + 1;
        while (end < text.length()
                && (TERMINALS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return end;
    }

    private static int closingBrackets(String text, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (")]}".indexOf(text.charAt(k)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private boolean endsSentence(String text, int sentenceStart, int terminal, int end) {
        if (end + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(end + 1);
        boolean nextStarts = Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
        if (!Character.isWhitespace(text.charAt(end)) || !nextStarts) {
            return false;
        }
        if (text.charAt(terminal) != '.') {
            return true;
        }
        String word = wordBefore(text, sentenceStart, terminal + 1);
        String key = word.toLowerCase(Locale.ROOT);
        if (neverEnd.contains(key) || isInitial(word)) {
            return false;
        }
        return !mayEnd.contains(key) || Character.isUpperCase(next);
    }

    /** The white-space-delimited word ending at {@code end} (exclusive), without opening brackets. */
    private static String wordBefore(String text, int floor, int end) {
        int from = end;
        while (from > floor && !Character.isWhitespace(text.charAt(from - 1)) && OPENERS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, end);
    }

    /** "J." in "dr. J. Smit": a single capital and a period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }
}
