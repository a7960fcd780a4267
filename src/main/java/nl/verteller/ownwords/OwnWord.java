package nl.verteller.ownwords;

import java.util.List;

/**
 * A patient's own word for one command as the matcher knows it: a template per enrolment take and how
 * far a new utterance may be from the nearest of them and still be this word. That limit is learnt
 * from the patient's own takes (see {@link WordLearner}), so a speaker who says a word the same way
 * each time gets a tight one, and one whose takes vary a looser one.
 *
 * @param templates one per take, 3 to 5, each with its copies
 * @param limit     the largest distance at which an utterance is still this word
 */
public record OwnWord(List<Template> templates, double limit) {
    public OwnWord {
        templates = List.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("an own word needs at least one template");
        }
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
