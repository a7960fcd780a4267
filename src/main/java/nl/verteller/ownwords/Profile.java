package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verteller.kiosk.Command;
import nl.verteller.voice.OwnPhrases;

/**
 * A patient's own words for commands: for each command, the strings the installed model heard when
 * they said their word, and the word as the acoustic matcher knows it (templates: numbers derived from
 * the takes, never audio). "guest" is the profile without words.
 *
 * @param name   the profile's name
 * @param words  per command, the heard strings that mean it
 * @param sounds per command, the patient's own takes as templates
 * @param unkept takes heard while teaching and not kept, as templates that are no command (see {@link UnkeptTakes})
 */
public record Profile(String name, Map<Command, List<String>> words, Map<Command, OwnWord> sounds,
        List<UnkeptTakes> unkept) implements OwnPhrases {
    public static final String GUEST = "guest";
    /** Per command, at most this many tries not kept are remembered (the latest). */
    static final int MAX_UNKEPT = 4;

    public Profile {
        Map<Command, List<String>> copy = new LinkedHashMap<>();
        words.forEach((command, strings) -> copy.put(command, List.copyOf(strings)));
        // In the order taught: the grammar, and so what the recognizer hears, must not vary between runs.
        words = Collections.unmodifiableMap(copy);
        sounds = Collections.unmodifiableMap(new LinkedHashMap<>(sounds));
        unkept = List.copyOf(unkept);
    }

    /** A profile without unkept takes. */
    public Profile(String name, Map<Command, List<String>> words, Map<Command, OwnWord> sounds) {
        this(name, words, sounds, List.of());
    }

    /** A profile of text words only. */
    public Profile(String name, Map<Command, List<String>> words) {
        this(name, words, Map.of());
    }

    public static Profile guest() {
        return new Profile(GUEST, Map.of());
    }

    @Override
    public Map<String, Command> phrases() {
        Map<String, Command> phrases = new LinkedHashMap<>();
        words.forEach((command, strings) -> strings.forEach(s -> phrases.putIfAbsent(s, command)));
        return phrases;
    }

    @Override
    public boolean hasOwnWords() {
        return !taught().isEmpty();
    }

    /** The commands that have an own word, as text or as sound, in the order taught. */
    public Set<Command> taught() {
        Set<Command> taught = new LinkedHashSet<>(words.keySet());
        taught.addAll(sounds.keySet());
        return taught;
    }

    /** This profile with {@code strings} added for {@code command}. */
    public Profile with(Command command, Set<String> strings) {
        Map<Command, List<String>> next = new LinkedHashMap<>(words);
        Set<String> all = new LinkedHashSet<>(next.getOrDefault(command, List.of()));
        all.addAll(strings);
        next.put(command, List.copyOf(all));
        return new Profile(name, next, sounds, unkept);
    }

    /**
     * This profile with {@code word} as the sound for {@code command}, replacing any before. Takes not
     * kept when this command was tried before that are within the word's limit are this word said again,
     * now taught: they are no longer kept as no command.
     */
    public Profile with(Command command, OwnWord word) {
        Map<Command, OwnWord> next = new LinkedHashMap<>(sounds);
        next.put(command, word);
        List<UnkeptTakes> still = unkept.stream()
                .filter(takes -> !takes.triedFor().equals(command) || !takes.within(word)).toList();
        return new Profile(name, words, next, still);
    }

    /** This profile with {@code takes} kept as no command (the oldest of their command's dropped beyond {@link #MAX_UNKEPT}). */
    public Profile withUnkept(UnkeptTakes takes) {
        List<UnkeptTakes> next = new ArrayList<>(unkept);
        next.add(takes);
        List<UnkeptTakes> same = next.stream().filter(t -> t.triedFor().equals(takes.triedFor())).toList();
        if (same.size() > MAX_UNKEPT) {
            next.remove(same.get(0));
        }
        return new Profile(name, words, sounds, next);
    }

    /**
     * This profile without anything for {@code command}: re-teaching one word starts from nothing
     * for that word and keeps all the others.
     */
    public Profile without(Command command) {
        Map<Command, List<String>> text = new LinkedHashMap<>(words);
        text.remove(command);
        Map<Command, OwnWord> sound = new LinkedHashMap<>(sounds);
        sound.remove(command);
        // What the patient was heard to say and was not kept stays: they may still say it.
        return new Profile(name, text, sound, unkept);
    }

    /** The same profile without its text words, for a recognizer whose text match the acoustic match replaces. */
    public Profile withoutText() {
        return new Profile(name, Map.of(), sounds, unkept);
    }

    /**
     * The profile merged into {@code stored}, the same profile as it is on disk now: what this one
     * taught replaces the stored words of those commands, and their takes not kept; words taught
     * meanwhile elsewhere (another enrolment at the same time) stay.
     */
    public Profile mergedInto(Profile stored, Set<Command> changed) {
        Map<Command, List<String>> text = new LinkedHashMap<>(stored.words);
        Map<Command, OwnWord> sound = new LinkedHashMap<>(stored.sounds);
        for (Command command : changed) {
            text.remove(command);
            sound.remove(command);
            if (words.containsKey(command)) {
                text.put(command, words.get(command));
            }
            if (sounds.containsKey(command)) {
                sound.put(command, sounds.get(command));
            }
        }
        List<UnkeptTakes> notKept = new ArrayList<>(stored.unkept);
        notKept.removeIf(takes -> changed.contains(takes.triedFor()));
        unkept.stream().filter(takes -> changed.contains(takes.triedFor())).forEach(notKept::add);
        return new Profile(name, text, sound, notKept);
    }
}
