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

    /**
     * Sentence {@code index} and the one before it, those of them in the chapter, as one text: while the
     * kiosk reads that sentence, the words of its own that may still reach the microphone.
     */
    public String spokenAround(int index) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, index - 1); i <= index && i < sentences.size(); i++) {
            text.append(sentences.get(i).text()).append(' ');
        }
        return text.toString();
    }

    /** The number of paragraphs; sentences carry their paragraph index. */
    public int paragraphCount() {
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
    }
}
