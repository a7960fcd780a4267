package nl.verteller.voice;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What the recognizer thinks was said: the text and, per word, its confidence and timing.
 *
 * @param text  the words, lower case, space separated; {@code [unk]} for speech outside the grammar
 * @param words the words with confidence (0–1) and start and end in seconds; may be empty
 */
public record Hypothesis(String text, List<Word> words) {
    /** One recognized word. */
    public record Word(String word, double confidence, double start, double end) {
    }

    public static final Hypothesis EMPTY = new Hypothesis("", List.of());

    public Hypothesis {
        words = List.copyOf(words);
    }

    /** Reads Vosk's JSON: {@code text}/{@code result} for results, {@code partial}/{@code partial_result} for partials. */
    static Hypothesis fromVosk(String json) {
        JsonObject object = Json.parse(json).asObject();
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

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether part of what was heard lies outside the grammar. */
    public boolean hasUnknown() {
        return text.contains("[unk]");
    }

    /** The mean word confidence; 1 when no word carries one. */
    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(1.0);
    }
}
