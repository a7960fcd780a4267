package nl.verteller.voice;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import com.eclipsesource.json.JsonArray;
import nl.verteller.kiosk.Command;

/**
 * The phrases the recognizer listens for right now, each with its command. Knows which phrases may
 * be committed before the speaker has clearly finished: those that no phrase with another meaning
 * continues ("next" may still become "next sentence", so it waits; "pause" cannot, so it need not).
 */
public final class PhraseSet {
    /** Own words at least this long may be heard with one word different. */
    private static final int NEAR_MIN_WORDS = 3;

    private final Map<String, Command> phrases;
    private final List<String> decoys;
    private final Set<String> ownWords;

    public PhraseSet(Map<String, Command> phrases) {
        this(phrases, List.of());
    }

    public PhraseSet(Map<String, Command> phrases, List<String> decoys) {
        this(phrases, decoys, Set.of());
    }

    /**
     * @param decoys everyday words the grammar also offers, so talk that merely sounds like a command
     *               ("after that" like "softer") is heard as itself and rejected
     */
    private PhraseSet(Map<String, Command> phrases, List<String> decoys, Set<String> ownWords) {
        this.phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
        this.decoys = List.copyOf(decoys);
        this.ownWords = ownWords.stream().filter(phrases::containsKey).collect(Collectors.toUnmodifiableSet());
    }

    public Map<String, Command> phrases() {
        return phrases;
    }

    public Optional<Command> command(String text) {
        return Optional.ofNullable(phrases.get(text));
    }

    /**
     * The phrase {@code text} means: the text itself, or the text less one word of one or two letters
     * at its start or end ("i help", "slower it"): a breath or click at the edge of an utterance is
     * often heard as such a word; or the end of one long phrase (see {@link #endOfOne}); or a patient's
     * own words of three words or more with one word heard differently, when nothing meaning another
     * command is as near (the model hears a word of another language a little differently each time:
     * "have to me" for "have to stick to me").
     * Empty when none of these is a phrase.
     */
    public Optional<String> match(String text) {
        return exactly(text).or(() -> endOfOne(text)).or(() -> nearOwnWords(text));
    }

    /**
     * The phrase that {@code text} ends, when text is that phrase less its first words and still holds
     * two words that only phrases of its meaning have ("diagnosis made" for "how is the diagnosis
     * made"): the soft start of a long phrase, a chapter's title, is often lost under talk behind, or
     * heard before the voice was found. Not a patient's own words: what a borrowed model made of them
     * is no words of its language, and a part of it tells little.
     */
    private Optional<String> endOfOne(String text) {
        String[] heard = text.split(" ");
        if (heard.length < 2) {
            return Optional.empty();
        }
        String ending = " " + text;
        List<String> ended = phrases.keySet().stream()
                .filter(phrase -> phrase.endsWith(ending) && !ownWords.contains(phrase)).toList();
        if (ended.isEmpty() || ended.stream().map(phrases::get).distinct().count() > 1) {
            return Optional.empty();
        }
        Command meaning = phrases.get(ended.get(0));
        long distinctive = Arrays.stream(heard).distinct().filter(word -> onlyOf(word, meaning)).count();
        return distinctive >= 2 ? Optional.of(ended.get(0)) : Optional.empty();
    }

    /** Whether {@code word} is a word of its own (three letters or more, no decoy) that only phrases meaning {@code meaning} hold. */
    private boolean onlyOf(String word, Command meaning) {
        return word.length() >= 3 && !decoys.contains(word) && phrases.entrySet().stream()
                .noneMatch(phrase -> !phrase.getValue().equals(meaning)
                        && Arrays.asList(phrase.getKey().split(" ")).contains(word));
    }

    private Optional<String> exactly(String text) {
        if (phrases.containsKey(text)) {
            return Optional.of(text);
        }
        String[] words = text.split(" ");
        if (words.length >= 2 && words[0].length() <= 2) {
            String rest = text.substring(words[0].length() + 1);
            if (phrases.containsKey(rest)) {
                return Optional.of(rest);
            }
        }
        if (words.length >= 2 && words[words.length - 1].length() <= 2) {
            String rest = text.substring(0, text.length() - words[words.length - 1].length() - 1);
            if (phrases.containsKey(rest)) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    private Optional<String> nearOwnWords(String text) {
        String[] heard = text.split(" ");
        if (ownWords.isEmpty() || heard.length < NEAR_MIN_WORDS - 1) {
            return Optional.empty();
        }
        String nearest = null;
        for (String own : ownWords) {
            String[] words = own.split(" ");
            if (words.length >= NEAR_MIN_WORDS && wordsApart(heard, words) == 1
                    && (nearest == null || own.compareTo(nearest) < 0)) {
                nearest = own;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Command meaning = phrases.get(nearest);
        boolean otherAsNear = phrases.entrySet().stream().anyMatch(phrase -> !phrase.getValue().equals(meaning)
                && wordsApart(heard, phrase.getKey().split(" ")) <= 1);
        return otherAsNear ? Optional.empty() : Optional.of(nearest);
    }

    /** Words to insert, delete or replace to turn one into the other (Levenshtein over words). */
    static int wordsApart(String[] a, String[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int replace = previous[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /**
     * The phrase of one of {@code kinds} said among other words in {@code text}, or null: the longest
     * such phrase, the last one if several ("[unk] and so pause [unk]" holds "pause").
     */
    public String among(String text, Set<Command.Kind> kinds) {
        String[] words = text.split(" ");
        for (int length = words.length - 1; length >= 1; length--) {
            for (int from = words.length - length; from >= 0; from--) {
                String part = String.join(" ", Arrays.copyOfRange(words, from, from + length));
                Command meaning = phrases.get(part);
                if (meaning != null && kinds.contains(meaning.kind())) {
                    return part;
                }
            }
        }
        return null;
    }

    /** True when {@code phrase} is complete and nothing that means something else starts with it. */
    public boolean isUnambiguous(String phrase) {
        Command meaning = phrases.get(phrase);
        if (meaning == null) {
            return false;
        }
        String prefix = phrase + " ";
        return phrases.entrySet().stream()
                .noneMatch(e -> e.getKey().startsWith(prefix) && !e.getValue().equals(meaning));
    }

    /** These phrases and a patient's own words; an own word wins over a decoy of the same text. */
    public PhraseSet withPersonal(OwnPhrases profile) {
        Map<String, Command> all = new LinkedHashMap<>(phrases);
        profile.phrases().forEach(all::putIfAbsent);
        List<String> kept = decoys.stream().filter(word -> !all.containsKey(word)).toList();
        Set<String> own = new HashSet<>(ownWords);
        profile.phrases().keySet().stream().filter(phrase -> !phrases.containsKey(phrase)).forEach(own::add);
        return new PhraseSet(all, kept, own);
    }

    /** Only the phrases of these kinds of command. */
    public PhraseSet only(Set<Command.Kind> kinds) {
        Map<String, Command> kept = new LinkedHashMap<>();
        phrases.forEach((phrase, command) -> {
            if (kinds.contains(command.kind())) {
                kept.put(phrase, command);
            }
        });
        return new PhraseSet(kept, decoys, ownWords);
    }

    /** Without the phrases that have a word the model does not know (Vosk would drop them anyway). */
    public PhraseSet knownTo(ModelVocabulary vocabulary) {
        Map<String, Command> kept = new LinkedHashMap<>();
        phrases.forEach((phrase, command) -> {
            if (Arrays.stream(phrase.split(" ")).allMatch(vocabulary::knows)) {
                kept.put(phrase, command);
            }
        });
        return new PhraseSet(kept, decoys.stream().filter(vocabulary::knows).toList(), ownWords);
    }

    /** Vosk's grammar: every phrase and {@code [unk]}, which soaks up speech that is not a command. */
    public String grammarJson() {
        JsonArray list = new JsonArray();
        phrases.keySet().forEach(list::add);
        decoys.stream().filter(word -> !phrases.containsKey(word)).forEach(list::add);
        list.add(Hypothesis.UNKNOWN);
        return list.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhraseSet set && set.phrases.equals(phrases) && set.decoys.equals(decoys)
                && set.ownWords.equals(ownWords);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode() * 31 + decoys.hashCode();
    }
}
