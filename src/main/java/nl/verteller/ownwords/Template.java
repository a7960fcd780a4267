package nl.verteller.ownwords;

/**
 * One take of a word as the matcher keeps it: its features, one row of {@link FrameFeatures#DIMENSIONS}
 * numbers per 10 ms of speech. Numbers derived from the take; the take's sound cannot be made again
 * from them, and no row is anywhere near as long as the take.
 *
 * @param frames the features, one row per frame
 */
public record Template(float[][] frames) {
    public Template {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a template needs at least one frame");
        }
    }

    public int length() {
        return frames.length;
    }
}
