package nl.verteller.ownwords;

import java.util.List;

/**
 * A patient's own word for one command as the matcher knows it: a template per enrolment take and how
 * far a new utterance may be from the nearest of them and still be this word. That limit is learnt
 * from the patient's own takes (see {@link WordLearner}), so a speaker who says a word the same way
 * each time gets a tight one, and one whose takes vary a looser one.
 *
 * <p>Noise moves every utterance away from every take, the word as much as talk: so the limit widens
 * with the noise measured around the utterance ({@link #limitAt}), from {@code limit} for a word that
 * stands far above the room to {@code noisyLimit}, learnt from noisy copies of the takes, for one that
 * hardly does. The other way round, an utterance heard as the takes were said, dry and in a room too
 * quiet to cover any of it, has nothing to excuse a drift but the patient's own: it must lie within
 * {@code dryLimit}, learnt from the takes and their faster and slower copies alone. The noisy and
 * reverberant copies widen {@code limit} enough to hold a word that differs in one syllable
 * ("hoofdstuk twee" for "hoofdstuk een"); in a profile of one word nothing else is nearer to it. In a
 * room that covers part of a word, {@link #limitIn} widens the dry limit only as far as that room's steady
 * sound moves the takes themselves apart: the room's talk is no excuse, as talk under a word makes it sound
 * like another.
 *
 * @param templates  one per take, 3 to 5, each with its copies
 * @param limit      the largest distance at which an utterance heard clearly is still this word
 * @param noisyLimit the same for one heard through noise (not below {@code limit})
 * @param dryLimit   the same for one heard dry in a quiet room (not above {@code limit})
 */
public record OwnWord(List<Template> templates, double limit, double noisyLimit, double dryLimit) {
    /** A word whose loudest moment stands this far above the room (in dB) or further is heard clearly... */
    public static final double CLEAR_DB = 25;
    /** ...and one standing this little above it, through noise (white noise at 10 dB SNR: 13–18 dB). */
    public static final double NOISY_DB = 15;
    /** Each take heard as if said in a room starts this many of the room's quiet moments after the one before. */
    private static final int MOMENTS_APART = 37;

    public OwnWord {
        templates = List.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("an own word needs at least one template");
        }
        noisyLimit = Math.max(limit, noisyLimit);
        dryLimit = Math.min(limit, dryLimit);
    }

    /** A word learnt without a limit of its own for dry speech. */
    public OwnWord(List<Template> templates, double limit, double noisyLimit) {
        this(templates, limit, noisyLimit, limit);
    }

    /** A word with one limit, however noisy the room. */
    public OwnWord(List<Template> templates, double limit) {
        this(templates, limit, limit);
    }

    /** The limit for an utterance whose loudest moment stood {@code aboveRoomDb} above the room. */
    public double limitAt(double aboveRoomDb) {
        double noisiness = Math.max(0, Math.min(1, (CLEAR_DB - aboveRoomDb) / (CLEAR_DB - NOISY_DB)));
        return limit + noisiness * (noisyLimit - limit);
    }

    /** As {@link #limitAt(double)}; {@link #dryLimit} for an utterance {@code heardDry}. */
    public double limitAt(double aboveRoomDb, boolean heardDry) {
        return heardDry ? dryLimit : limitAt(aboveRoomDb);
    }

    /**
     * The limit for an utterance heard in {@code room}, this word's templates as heard there ({@link #in}):
     * {@link #dryLimit} widened as far as the room moves the patient's own takes apart. Each take, as if said
     * here ({@link RoomMask#overMoments}), is aligned to the nearest other take as heard here, leave one out;
     * the farthest, against the farthest of the takes aligned dry, is how much this room widens the patient's
     * own drift. Never wider than {@link #limitAt}; that, where the takes' sound is not kept, there is only one,
     * or they were heard over as loud a sound as the room's (see {@link RoomMask#louderThanTheQuietOf}).
     */
    double limitIn(RoomMask room, double aboveRoomDb) {
        double wide = limitAt(aboveRoomDb);
        if (templates.size() < 2 || templates.stream().anyMatch(template -> template.spectra().isEmpty())) {
            return wide;
        }
        List<float[][]> takes = templates.stream().map(template -> template.spectra().get(0)).toList();
        if (!room.louderThanTheQuietOf(takes)) {
            return wide;
        }
        List<float[][]> dry = takes.stream().map(FrameFeatures::fromSpectra).toList();
        double farthestDry = 0;
        double farthestHere = 0;
        for (int i = 0; i < takes.size(); i++) {
            float[][] here = FrameFeatures.fromEnergies(room.overMoments(takes.get(i), i * MOMENTS_APART));
            double nearestDry = Double.POSITIVE_INFINITY;
            double nearestHere = Double.POSITIVE_INFINITY;
            for (int j = 0; j < takes.size(); j++) {
                if (j != i) {
                    nearestDry = Math.min(nearestDry, Dtw.distance(dry.get(i), dry.get(j)));
                    nearestHere = Math.min(nearestHere, Dtw.distance(here, templates.get(j).frames()));
                }
            }
            farthestDry = Math.max(farthestDry, nearestDry);
            farthestHere = Math.max(farthestHere, nearestHere);
        }
        boolean known = Double.isFinite(farthestHere) && farthestDry > 0 && Double.isFinite(farthestDry);
        return known ? Math.min(wide, dryLimit * farthestHere / farthestDry) : wide;
    }

    /** The same word with other templates (some of its takes, or all as heard in a room). */
    OwnWord withTemplates(List<Template> others) {
        return new OwnWord(others, limit, noisyLimit, dryLimit);
    }

    /** The distance of {@code utterance} to the nearest template (a take or a copy of it). */
    public double distance(float[][] utterance) {
        return nearest(utterance).distance();
    }

    /** The take or copy nearest to {@code utterance}. */
    Nearest nearest(float[][] utterance) {
        return nearest(utterance, Double.POSITIVE_INFINITY);
    }

    /** As {@link #nearest(float[][])}; infinitely far if none is within {@code ceiling}. */
    Nearest nearest(float[][] utterance, double ceiling) {
        Nearest nearest = new Nearest(templates.get(0).frames(), Double.POSITIVE_INFINITY, 0);
        for (Template template : templates) {
            nearest = nearest.orNearer(template.nearestTo(utterance, Math.min(ceiling, nearest.distance())));
        }
        return nearest;
    }

    /** This word as it would be heard in {@code room} (see {@link RoomMask}). */
    OwnWord in(RoomMask room) {
        return withTemplates(templates.stream().map(template -> template.in(room)).toList());
    }

    /** The mean length of the takes, in frames. */
    public double meanLength() {
        return templates.stream().mapToInt(Template::length).average().orElse(0);
    }
}
