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
 * ("hoofdstuk twee" for "hoofdstuk een"); in a profile of one word nothing else is nearer to it.
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
