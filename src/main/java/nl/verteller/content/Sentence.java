package nl.verteller.content;

/**
 * One sentence of a chapter, as shown on screen.
 *
 * @param index     position in the chapter, from 0
 * @param paragraph the paragraph of the chapter it belongs to, from 0
 * @param text      the sentence as written
 */
public record Sentence(int index, int paragraph, String text) {
}
