package nl.verteller.ui;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines that fit a width, at spaces (a word wider than the width alone is broken
 * where it must), at most a given number of lines; a text that needs more ends its last line in "…".
 * Pure: the measuring is the caller's font metrics.
 */
final class WrappedWords {
    static final String ELLIPSIS = "…";

    private WrappedWords() {
    }

    /** {@code text} in lines no wider than {@code width}, at most {@code maxLines} of them. */
    static List<String> lines(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(joined) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int fits = fitting(rest, metrics, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.size() <= maxLines ? lines : cut(lines, metrics, width, maxLines);
    }

    /** The first {@code maxLines} lines, the last ending in an ellipsis that fits. */
    private static List<String> cut(List<String> lines, FontMetrics metrics, int width, int maxLines) {
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && metrics.stringWidth(last + ELLIPSIS) > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }

    /** How many characters of {@code text} fit {@code width}; at least one. */
    private static int fitting(String text, FontMetrics metrics, int width) {
        int fits = 1;
        while (fits < text.length() && metrics.stringWidth(text.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }

    /** The width of the widest word: the narrowest a text can be wrapped without breaking a word. */
    static int widestWord(String text, FontMetrics metrics) {
        int widest = 0;
        for (String word : text.strip().split("\\s+")) {
            widest = Math.max(widest, metrics.stringWidth(word));
        }
        return widest;
    }
}
