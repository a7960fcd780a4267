package nl.verteller.ownwords;

import java.util.List;

/**
 * One take of a word as the matcher keeps it: its features, one row of {@link FrameFeatures#DIMENSIONS}
 * numbers per 10 ms of speech, and those of copies of it as a noisy or reverberant room would give it
 * (see {@link TakeVariants#copies}): a word heard in such a room is nearer to them than to the clean
 * take, while talk is not. Numbers derived from the take; the take's sound cannot be made again from
 * them, and no row is anywhere near as long as the take.
 *
 * @param frames  the take's features, one row per frame
 * @param copies  the features of its copies (none for a template learnt without them)
 * @param spectra the sound the features were made of, per variant (the take, then its copies; see
 *                {@link FrameFeatures#spectra}), to hear the template as in a noisy room ({@link #in});
 *                none for a template kept before they were
 */
public record Template(float[][] frames, List<float[][]> copies, List<float[][]> spectra) {
    public Template {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a template needs at least one frame");
        }
        copies = List.copyOf(copies);
        spectra = List.copyOf(spectra);
    }

    /** A template without the sound it was made of. */
    public Template(float[][] frames, List<float[][]> copies) {
        this(frames, copies, List.of());
    }

    /** A take without copies. */
    public Template(float[][] frames) {
        this(frames, List.of());
    }

    /** The template of a take and its copies from their {@link FrameFeatures#spectra} (the take's first). */
    static Template ofSpectra(List<float[][]> spectra) {
        List<float[][]> features = spectra.stream().map(FrameFeatures::fromSpectra).toList();
        return new Template(features.get(0), features.subList(1, features.size()), spectra);
    }

    /** This template as it would be heard in {@code room}; as it is when its sound is not kept. */
    Template in(RoomMask room) {
        if (spectra.isEmpty() || !room.masks()) {
            return this;
        }
        List<float[][]> features = spectra.stream().map(room::over).map(FrameFeatures::fromEnergies).toList();
        return new Template(features.get(0), features.subList(1, features.size()), spectra);
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
