package nl.verteller.speech;

/**
 * Where a word starts in synthesized audio.
 *
 * @param textStart offset of the word's first character in the text the voice was given
 * @param textEnd   offset just past the word
 * @param sample    the sample (from 0, at the voice's rate) where the word starts to sound
 */
public record WordMark(int textStart, int textEnd, long sample) {
}
