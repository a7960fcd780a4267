package nl.verteller.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

/**
 * What the recognizer thinks was said: the text, per word its timing, and the runners-up.
 *
 * @param text   the words, lower case, space separated; {@code [unk]} for speech outside the grammar
 * @param words  the words with confidence (0–1) and start and end in seconds; may be empty
 * @param others the runners-up of a final result, best first, each with how far its score is below
 *               this one's (Vosk's n-best list); empty for partial results
 */
public record Hypothesis(String text, List<Word> words, List<RunnerUp> others) {
    /** Another reading of the same audio, {@code behind} score units below the best, with its words' times if known. */
    public record RunnerUp(String text, double behind, List<Word> words) {
        public RunnerUp {
            words = List.copyOf(words);
        }

        public RunnerUp(String text, double behind) {
            this(text, behind, List.of());
        }
    }

    public Hypothesis(String text, List<Word> words) {
        this(text, words, List.of());
    }

    /** One recognized word. */
    public record Word(String word, double confidence, double start, double end) {
    }

    /** What Vosk hears for speech outside the grammar. */
    static final String UNKNOWN = "[unk]";

    public static final Hypothesis EMPTY = new Hypothesis("", List.of());

    public Hypothesis {
        words = List.copyOf(words);
        others = List.copyOf(others);
    }

    /** Reads Vosk's JSON: {@code text}/{@code result} for results, {@code partial}/{@code partial_result} for partials. */
    static Hypothesis fromVosk(String json) {
        JsonObject object = Json.parse(json).asObject();
        JsonValue alternatives = object.get("alternatives");
        if (alternatives != null && alternatives.isArray() && !alternatives.asArray().isEmpty()) {
            return fromAlternatives(alternatives.asArray());
        }
        boolean partial = object.get("partial") != null;
        String text = object.getString(partial ? "partial" : "text", "").strip();
        List<Word> words = new ArrayList<>();
        JsonValue result = object.get(partial ? "partial_result" : "result");
        if (result != null && result.isArray()) {
            for (JsonValue value : result.asArray()) {
                JsonObject word = value.asObject();
                words.add(new Word(word.getString("word", ""), word.getDouble("conf", 0), word.getDouble("start", 0),
                        word.getDouble("end", 0)));
            }
        }
        return new Hypothesis(text, words);
    }

    private static Hypothesis fromAlternatives(com.eclipsesource.json.JsonArray alternatives) {
        JsonObject best = alternatives.get(0).asObject();
        double top = best.getDouble("confidence", 0);
        List<RunnerUp> others = new ArrayList<>();
        for (int i = 1; i < alternatives.size(); i++) {
            JsonObject other = alternatives.get(i).asObject();
            others.add(new RunnerUp(other.getString("text", "").strip(), top - other.getDouble("confidence", 0),
                    timedWords(other)));
        }
        return new Hypothesis(best.getString("text", "").strip(), timedWords(best), others);
    }

    private static List<Word> timedWords(JsonObject alternative) {
        List<Word> words = new ArrayList<>();
        JsonValue result = alternative.get("result");
        if (result != null && result.isArray()) {
            for (JsonValue value : result.asArray()) {
                JsonObject word = value.asObject();
                words.add(new Word(word.getString("word", ""), 1.0, word.getDouble("start", 0), word.getDouble("end", 0)));
            }
        }
        return words;
    }

    /** The same with every word's times moved by {@code seconds}. */
    Hypothesis shifted(double seconds) {
        return seconds == 0 ? this : new Hypothesis(text, shifted(words, seconds), others.stream()
                .map(other -> new RunnerUp(other.text(), other.behind(), shifted(other.words(), seconds))).toList());
    }

    /** The same with every word's times {@code factor} times as far from the start. */
    Hypothesis slowed(double factor) {
        return new Hypothesis(text, slowed(words, factor), others.stream()
                .map(other -> new RunnerUp(other.text(), other.behind(), slowed(other.words(), factor))).toList());
    }

    private static List<Word> slowed(List<Word> words, double factor) {
        return words.stream().map(w -> new Word(w.word(), w.confidence(), w.start() * factor, w.end() * factor))
                .toList();
    }

    private static List<Word> shifted(List<Word> words, double seconds) {
        return words.stream().map(w -> new Word(w.word(), w.confidence(), w.start() + seconds, w.end() + seconds))
                .toList();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether part of what was heard lies outside the grammar. */
    public boolean hasUnknown() {
        return text.contains(UNKNOWN);
    }

    /**
     * Without the words that ended by {@code seconds} into the utterance (speech of the room, heard
     * before the patient's voice was found), in the best reading and in runners-up that begin the same
     * way; unchanged when that would leave nothing.
     */
    public Hypothesis withoutWordsEndingBy(double seconds) {
        int drop = 0;
        while (drop < words.size() && words.get(drop).end() <= seconds) {
            drop++;
        }
        List<String> tokens = List.of(text.split(" "));
        if (drop == 0 || drop == words.size() || tokens.size() != words.size()) {
            return this;
        }
        String before = String.join(" ", tokens.subList(0, drop)) + " ";
        int dropped = drop;
        List<RunnerUp> otherParts = others.stream()
                .map(other -> other.text().startsWith(before)
                        ? new RunnerUp(other.text().substring(before.length()), other.behind(),
                                other.words().size() > dropped ? other.words().subList(dropped, other.words().size())
                                        : List.of())
                        : other)
                .toList();
        return new Hypothesis(String.join(" ", tokens.subList(drop, tokens.size())),
                words.subList(drop, words.size()), otherParts);
    }

    /**
     * Only the part of what was heard that {@code part} picks (null: all of it), without word timings;
     * the runners-up are cut the same way, so they are compared like for like.
     */
    public Hypothesis narrowed(UnaryOperator<String> part) {
        String picked = part.apply(text);
        if (picked == null || picked.equals(text)) {
            return this;
        }
        List<RunnerUp> otherParts = others.stream()
                .map(other -> new RunnerUp(Objects.requireNonNullElse(part.apply(other.text()), other.text()),
                        other.behind()))
                .toList();
        return new Hypothesis(picked, List.of(), otherParts);
    }

}
