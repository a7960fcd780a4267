package nl.verteller.ownwords;

/**
 * The take (or copy of it) an utterance is nearest to, and how near: found once per word and
 * utterance, since each alignment costs.
 *
 * @param frames   its features
 * @param distance the utterance's distance to it ({@link Dtw#distance})
 */
record Nearest(float[][] frames, double distance) {
    /** The distance of {@code utterance} to {@code frames}; infinite if it would exceed {@code ceiling}. */
    static Nearest of(float[][] utterance, float[][] frames, double ceiling) {
        return new Nearest(frames, Dtw.distance(utterance, frames, ceiling));
    }

    Nearest orNearer(Nearest other) {
        return other.distance < distance ? other : this;
    }
}
