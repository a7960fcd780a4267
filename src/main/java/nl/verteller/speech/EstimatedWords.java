package nl.verteller.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word starts guessed for a voice that gives no word timings (espeak-ng through its command line):
 * a sentence's audio shared among its words in proportion to their letters, a space counting as one.
 * Close enough for the highlight to follow the text, spoken or silent.
 */
final class EstimatedWords {
    private static final Pattern WORD = Pattern.compile("\\S+");

    private EstimatedWords() {
    }

    /** The words of {@code text} over {@code totalSamples} of audio. */
    static List<WordMark> of(String text, long totalSamples) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        long weight = 0;
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
            weight += matcher.end() - matcher.start() + 1;
        }
        List<WordMark> marks = new ArrayList<>();
        long before = 0;
        for (int[] word : words) {
            marks.add(new WordMark(word[0], word[1], totalSamples * before / Math.max(1, weight)));
            before += word[1] - word[0] + 1;
        }
        return marks;
    }
}
