package nl.verteller.ownwords;

import java.util.List;

/**
 * A patient's own word for one command as the matcher knows it: a template per enrolment take and how
 * far a new utterance may be from the nearest of them and still be this word. That limit is learnt
 * from the patient's own takes (see {@link WordLearner}), so a speaker who says a word the same way
 * each time gets a tight one, and one whose takes vary a looser one.
 *
 * <p>Noise and a room's reverberation move every utterance away from every take, the word as much as
 * talk; so the limit widens with how little of the word's quiet moments is left ({@link #limitAt}),
 * from {@code limit} for a word heard clearly to {@code harshLimit}, learnt from harsh copies of the
 * takes, for one heard through loud noise or a long reverberation.
 *
 * @param templates  one per take, 3 to 5
 * @param limit      the largest distance at which an utterance heard clearly is still this word
 * @param harshLimit the same for one heard in harsh conditions (not below {@code limit})
 */
public record OwnWord(List<Template> templates, double limit, double harshLimit) {
    /** Quiet moments this far below the loudest or further: heard clearly. */
    public static final double CLEAR_DB = 30;
    /** Quiet moments this near the loudest or nearer: heard in harsh conditions. */
    public static final double HARSH_DB = 15;

    public OwnWord {
        templates = List.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("an own word needs at least one template");
        }
        harshLimit = Math.max(limit, harshLimit);
    }

    /** A word with one limit, whatever the conditions. */
    public OwnWord(List<Template> templates, double limit) {
        this(templates, limit, limit);
    }

    /** The limit for an utterance whose quiet moments lie {@code depthDb} below its loudest. */
    public double limitAt(double depthDb) {
        double harshness = Math.max(0, Math.min(1, (CLEAR_DB - depthDb) / (CLEAR_DB - HARSH_DB)));
        return limit + harshness * (harshLimit - limit);
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
        Nearest nearest = new Nearest(templates.get(0).frames(), Double.POSITIVE_INFINITY);
        for (Template template : templates) {
            nearest = nearest.orNearer(template.nearestTo(utterance, Math.min(ceiling, nearest.distance())));
        }
        return nearest;
    }

    /** The mean length of the takes, in frames. */
    public double meanLength() {
        return templates.stream().mapToInt(Template::length).average().orElse(0);
    }
}
