package nl.verteller.content;

import java.util.List;

/**
 * A patient leaflet in one language: a title and its chapters.
 *
 * @param id       the file name without {@code .md}; the same leaflet in another language has the same id
 * @param language the language it is written in
 * @param title    the {@code #} heading, or the id when the file has none
 * @param chapters at least one chapter, numbered from 1
 */
public record Leaflet(String id, Language language, String title, List<Chapter> chapters) {
    public Leaflet {
        chapters = List.copyOf(chapters);
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("a leaflet needs at least one chapter: " + id);
        }
    }

    /** Chapter {@code number}, counted from 1. */
    public Chapter chapter(int number) {
        if (number < 1 || number > chapters.size()) {
            throw new IndexOutOfBoundsException("leaflet " + id + " has chapters 1 to " + chapters.size()
                    + ", not " + number);
        }
        return chapters.get(number - 1);
    }
}
