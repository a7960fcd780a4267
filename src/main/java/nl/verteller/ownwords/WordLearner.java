package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Learns an own word from the patient's takes: a template per take, and the word's limit, the largest
 * distance at which a new utterance is still the word. The limit is the farthest any take, or a
 * noisy, reverberant, faster or slower copy of it ({@link TakeVariants}), lies from the nearest of the
 * <em>other</em> takes (leave one out), with {@link #SLACK} to spare: how far this patient's word may
 * drift, measured on this patient. The limit in a noisy room is learnt the same way from copies in
 * louder noise ({@link TakeVariants#noisy}), and the limit for dry speech in a quiet room from the
 * takes and their faster and slower copies alone ({@link TakeVariants#dry}). Each template keeps
 * reverberant and noisy copies of its take ({@link TakeVariants#copies}). Also tells which take is far
 * from the others, and whether the takes disagree enough that more are needed.
 */
public final class WordLearner {
    /** The limit is this much above the farthest leave-one-out distance. */
    static final double SLACK = 1.1;
    /** A take whose distance to every other is this many times theirs to each other is said again. */
    static final double FAR_TAKE = 1.6;
    /** Takes disagree when the farthest pair is this many times the nearest: more are asked for. */
    static final double DISAGREE = 1.4;

    private final FrameFeatures features = new FrameFeatures();

    /** The features of the speech in {@code pcm}; empty when there is no speech in it. */
    public Optional<float[][]> featuresOf(short[] pcm) {
        return features.ofSpeech(pcm);
    }

    /** The template of one take (with speech in it), with its noisy and reverberant copies. */
    public Template template(short[] take) {
        List<float[][]> spectra = new ArrayList<>();
        spectra.add(spectraOf(take).orElseThrow(() -> new IllegalArgumentException("a take without speech")));
        for (short[] copy : TakeVariants.copies(take)) {
            spectraOf(copy).ifPresent(spectra::add);
        }
        return Template.ofSpectra(spectra);
    }

    private Optional<float[][]> spectraOf(short[] pcm) {
        return SpeechSpan.of(pcm).map(span -> features.spectra(pcm, span.from(), span.to())).filter(f -> f.length > 2);
    }

    /** The word learnt from {@code takes} (two or more, each with speech in it). */
    public OwnWord learn(List<short[]> takes) {
        List<Template> templates = new ArrayList<>();
        for (short[] take : takes) {
            templates.add(template(take));
        }
        if (templates.size() < 2) {
            throw new IllegalArgumentException("two takes or more are needed");
        }
        double farthest = farthestLeftOut(takes, templates, TakeVariants::of);
        double noisiest = Math.max(farthest, farthestLeftOut(takes, templates, TakeVariants::noisy));
        double driest = farthestLeftOut(takes, templates, TakeVariants::dry);
        return new OwnWord(templates, farthest * SLACK, noisiest * SLACK, driest * SLACK);
    }

    /**
     * The farthest any copy of a take ({@code variants}) lies from the nearest of the other takes' templates
     * (leave one out).
     */
    private double farthestLeftOut(List<short[]> takes, List<Template> templates,
            java.util.function.Function<short[], List<short[]>> variants) {
        double farthest = 0;
        for (int i = 0; i < takes.size(); i++) {
            List<Template> others = new ArrayList<>(templates);
            others.remove(i);
            OwnWord withoutThis = new OwnWord(others, Double.POSITIVE_INFINITY);
            for (short[] variant : variants.apply(takes.get(i))) {
                Optional<float[][]> heard = featuresOf(variant);
                double d = heard.map(withoutThis::distance).orElse(Double.POSITIVE_INFINITY);
                if (Double.isFinite(d)) {
                    farthest = Math.max(farthest, d);
                }
            }
        }
        return farthest;
    }

    /** The take (index) far from all the others while they are near each other; empty when none is. */
    public OptionalInt farTake(List<float[][]> takes) {
        double[][] d = pairwise(takes);
        for (int i = 0; i < takes.size(); i++) {
            double nearestToThis = Double.POSITIVE_INFINITY;
            double othersApart = 0;
            for (int j = 0; j < takes.size(); j++) {
                if (j == i) {
                    continue;
                }
                nearestToThis = Math.min(nearestToThis, d[i][j]);
                for (int k = j + 1; k < takes.size(); k++) {
                    if (k != i) {
                        othersApart = Math.max(othersApart, d[j][k]);
                    }
                }
            }
            if (takes.size() >= 3 && nearestToThis > othersApart * FAR_TAKE) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the takes differ among themselves so much that a further take would help. */
    public boolean disagree(List<float[][]> takes) {
        double[][] d = pairwise(takes);
        double nearest = Double.POSITIVE_INFINITY;
        double farthest = 0;
        for (int i = 0; i < takes.size(); i++) {
            for (int j = i + 1; j < takes.size(); j++) {
                nearest = Math.min(nearest, d[i][j]);
                farthest = Math.max(farthest, d[i][j]);
            }
        }
        return farthest > nearest * DISAGREE;
    }

    private static double[][] pairwise(List<float[][]> takes) {
        double[][] d = new double[takes.size()][takes.size()];
        for (int i = 0; i < takes.size(); i++) {
            for (int j = i + 1; j < takes.size(); j++) {
                d[i][j] = Dtw.distance(takes.get(i), takes.get(j));
                d[j][i] = d[i][j];
            }
        }
        return d;
    }
}
