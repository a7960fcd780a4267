package nl.verteller.content;

import java.util.List;

/**
 * A {@code ##} section of a leaflet.
 *
 * @param number    1-based, as a patient says it ("chapter two")
 * @param title     the heading text
 * @param sentences the body, split into sentences, in reading order
 */
public record Chapter(int number, String title, List<Sentence> sentences) {
    public Chapter {
        sentences = List.copyOf(sentences);
    }

    /** The number of paragraphs; sentences carry their paragraph index. */
    public int paragraphCount() {
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
    }
}
