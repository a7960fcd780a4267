package nl.verteller.voice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verteller.kiosk.Command;

/**
 * A patient's own words for commands: for each command, the strings the installed model heard when
 * they said their word (text only; audio is never kept). "guest" is the profile without words.
 *
 * @param name  the profile's name
 * @param words per command, the heard strings that mean it
 */
public record Profile(String name, Map<Command, List<String>> words) {
    public static final String GUEST = "guest";

    public Profile {
        Map<Command, List<String>> copy = new LinkedHashMap<>();
        words.forEach((command, strings) -> copy.put(command, List.copyOf(strings)));
        // In the order taught: the grammar, and so what the recognizer hears, must not vary between runs.
        words = Collections.unmodifiableMap(copy);
    }

    public static Profile guest() {
        return new Profile(GUEST, Map.of());
    }

    /** Every heard string and the command it means. */
    public Map<String, Command> phrases() {
        Map<String, Command> phrases = new LinkedHashMap<>();
        words.forEach((command, strings) -> strings.forEach(s -> phrases.putIfAbsent(s, command)));
        return phrases;
    }

    /** This profile with {@code strings} added for {@code command}. */
    public Profile with(Command command, Set<String> strings) {
        Map<Command, List<String>> next = new LinkedHashMap<>(words);
        Set<String> all = new LinkedHashSet<>(next.getOrDefault(command, List.of()));
        all.addAll(strings);
        next.put(command, List.copyOf(all));
        return new Profile(name, next);
    }
}
