package nl.verteller.ownwords;

import java.util.List;

/**
 * One take of a word as the matcher keeps it: its features, one row of {@link FrameFeatures#DIMENSIONS}
 * numbers per 10 ms of speech, and those of copies of it as a noisy or reverberant room would give it
 * (see {@link TakeVariants#copies}): a word heard in such a room is nearer to them than to the clean
 * take, while talk is not. Numbers derived from the take; the take's sound cannot be made again from
 * them, and no row is anywhere near as long as the take.
 *
 * @param frames the take's features, one row per frame
 * @param copies the features of its copies (none for a template learnt without them)
 */
public record Template(float[][] frames, List<float[][]> copies) {
    public Template {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a template needs at least one frame");
        }
        copies = List.copyOf(copies);
    }

    /** A take without copies. */
    public Template(float[][] frames) {
        this(frames, List.of());
    }

    public int length() {
        return frames.length;
    }

    /** The take or the copy of it nearest to {@code utterance}; infinitely far if none is within {@code ceiling}. */
    Nearest nearestTo(float[][] utterance, double ceiling) {
        Nearest nearest = Nearest.of(utterance, frames, 0, ceiling);
        for (int k = 0; k < copies.size(); k++) {
            nearest = nearest.orNearer(Nearest.of(utterance, copies.get(k), k + 1, Math.min(ceiling, nearest.distance())));
        }
        return nearest;
    }

    /** Variant {@code k}: 0 the take, k its k-th copy; the take when it has no such copy. */
    float[][] variant(int k) {
        return k > 0 && k <= copies.size() ? copies.get(k - 1) : frames;
    }
}
