package nl.verteller.ownwords;

/**
 * The take (or copy of it) an utterance is nearest to, and how near: found once per word and
 * utterance, since each alignment costs.
 *
 * @param frames   its features
 * @param distance the utterance's distance to it ({@link Dtw#distance})
 * @param variant  which of its template's variants it is: 0 the take, k its k-th copy
 */
record Nearest(float[][] frames, double distance, int variant) {
    /** The distance of {@code utterance} to {@code frames} (variant {@code variant}); infinite if it would exceed {@code ceiling}. */
    static Nearest of(float[][] utterance, float[][] frames, int variant, double ceiling) {
        return new Nearest(frames, Dtw.distance(utterance, frames, ceiling), variant);
    }

    Nearest orNearer(Nearest other) {
        return other.distance < distance ? other : this;
    }
}
