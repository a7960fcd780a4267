package nl.verteller.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every leaflet that loaded, per language, with what each language's voice needs to know about
 * pronunciation, and the files that could not be used.
 */
public final class Library {
    private final List<Leaflet> leaflets;
    private final Map<Language, Pronunciation> pronunciations;
    private final List<ContentProblem> problems;

    public Library(List<Leaflet> leaflets, Map<Language, Pronunciation> pronunciations, List<ContentProblem> problems) {
        this.leaflets = leaflets.stream().sorted(Comparator.comparing(Leaflet::id)).toList();
        this.pronunciations = Map.copyOf(pronunciations);
        this.problems = List.copyOf(problems);
    }

    /** The leaflets in {@code language}, ordered by id. */
    public List<Leaflet> leaflets(Language language) {
        return leaflets.stream().filter(l -> l.language() == language).toList();
    }

    public List<Leaflet> all() {
        return leaflets;
    }

    public Optional<Leaflet> find(String id, Language language) {
        return leaflets.stream().filter(l -> l.language() == language && l.id().equals(id)).findFirst();
    }

    public Pronunciation pronunciation(Language language) {
        return pronunciations.getOrDefault(language, Pronunciation.none());
    }

    /** Files that were skipped, with the reason. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** How many content files were left out (the status strip counts them). */
    public int skipped() {
        return (int) problems.stream().filter(ContentProblem::skipped).count();
    }

    /**
     * This library with {@code kept} in it too, when it has no leaflet of that id and language: the
     * last good copy of a leaflet someone is reading, whose file broke or went away meanwhile.
     */
    public Library keeping(Leaflet kept) {
        if (find(kept.id(), kept.language()).isPresent()) {
            return this;
        }
        List<Leaflet> with = new ArrayList<>(leaflets);
        with.add(kept);
        return new Library(with, pronunciations, problems);
    }

    public boolean isEmpty() {
        return leaflets.isEmpty();
    }
}
