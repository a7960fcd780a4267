package nl.verteller.ui;

import java.awt.Dimension;

/**
 * Sizes of targets, gaps and labels for one window size. The design size is 1920 × 1080, where a
 * target is at least {@link #MIN_TARGET} px and targets are {@link #MIN_GAP} px apart; smaller
 * windows scale everything down in proportion, never body text (the patient chooses that).
 *
 * @param scale  window size relative to 1920 × 1080
 * @param target the side of a square button
 * @param gap    the space between targets
 * @param label  the font size of button words and status text
 */
public record Sizes(double scale, int target, int gap, int label) {
    public static final int MIN_TARGET = 120;
    public static final int MIN_GAP = 16;
    /** Body text may be set smaller by the patient, but no other text is below this, in points. */
    public static final int MIN_LABEL = 18;

    public static Sizes forWindow(Dimension window) {
        double scale = Math.min(window.width / 1920.0, window.height / 1080.0);
        return new Sizes(scale, (int) Math.round(136 * scale), (int) Math.round(20 * scale),
                Math.max(MIN_LABEL, (int) Math.round(22 * scale)));
    }

    /** The smallest side a target may have at this scale. */
    public int minTarget() {
        return (int) Math.floor(MIN_TARGET * scale);
    }

    /** The smallest space between targets at this scale. */
    public int minGap() {
        return (int) Math.floor(MIN_GAP * scale);
    }

    public int scaled(int designPixels) {
        return (int) Math.round(designPixels * scale);
    }
}
