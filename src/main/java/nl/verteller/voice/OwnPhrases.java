package nl.verteller.voice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verteller.kiosk.Command;

/**
 * What voice control needs of a patient's own words: the strings the installed model heard for them
 * (joined to the grammar as a second opinion), and whether there are own words at all (a language without
 * a model of its own then borrows the personal-words model). The profile that holds them lives above, in
 * {@code nl.verteller.ownwords}, so voice never depends on how own words are taught or matched.
 */
public interface OwnPhrases {
    /** No own words: a guest. */
    OwnPhrases NONE = of(Map.of());

    /** Own words known only as {@code phrases}, heard string to command (tests, and a text-only profile). */
    static OwnPhrases of(Map<String, Command> phrases) {
        // In the given order: the grammar, and so what the recognizer hears, must not vary between runs.
        Map<String, Command> copy = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
        return new OwnPhrases() {
            @Override
            public Map<String, Command> phrases() {
                return copy;
            }

            @Override
            public boolean hasOwnWords() {
                return !copy.isEmpty();
            }
        };
    }

    /** Every heard string and the command it means, in the order taught. */
    Map<String, Command> phrases();

    /** Whether any command has an own word, as text or as sound. */
    boolean hasOwnWords();
}
