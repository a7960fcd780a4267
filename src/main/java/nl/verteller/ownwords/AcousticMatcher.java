package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.verteller.kiosk.Command;

/**
 * Decides which of a patient's own words an utterance is, by aligning it to every take of every word,
 * and refuses it unless three things hold:
 * <ol>
 * <li>it is as near to the nearest word's takes as the patient's own takes of it were to each other,
 *     noisy and reverberant copies included ({@link OwnWord#limit()});</li>
 * <li>where the nearest two words differ, it sounds like the nearest ({@link #MIN_CONTRAST}): two
 *     words that share a part ("hoofdstuk een", "hoofdstuk zes") are told apart by the part that
 *     differs, not drowned in the part they share;</li>
 * <li>its length is that of a take said up to 1.6 times as fast or slow (see {@link Dtw}), so long talk is
 *     never stretched onto a short word.</li>
 * </ol>
 * Talk that is not a command is the hard part: a wrong command costs a patient's trust more than a
 * miss, so every doubt refuses.
 */
public final class AcousticMatcher {
    /** Of the frames where the nearest two words sound different, the share nearer the first, as -1..1. */
    static final double MIN_CONTRAST = 0.4;

    private final Map<Command, OwnWord> words;

    public AcousticMatcher(Map<Command, OwnWord> words) {
        this.words = Map.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The decision on an utterance's features (see {@link FrameFeatures}). */
    public AcousticMatch match(float[][] utterance) {
        List<Scored> scored = new ArrayList<>();
        words.forEach((command, word) -> scored.add(new Scored(command, word, word.distance(utterance))));
        scored.sort(Comparator.comparingDouble(Scored::distance));
        if (scored.isEmpty()) {
            return AcousticMatch.refused("no own words");
        }
        Scored best = scored.get(0);
        Command runnerUp = scored.size() < 2 ? null : scored.get(1).command();
        if (Double.isInfinite(best.distance())) {
            return new AcousticMatch(null, null, null, best.distance(), best.word().limit(), 0, "as long as no own word");
        }
        double contrast = scored.size() < 2 ? 1 : contrast(utterance, best, scored.get(1));
        String refusal = best.distance() > best.word().limit()
                ? "further from the own takes than they are from each other"
                : contrast < MIN_CONTRAST ? "as near to the word for " + runnerUp.token() : null;
        return new AcousticMatch(refusal == null ? best.command() : null, best.command(), runnerUp, best.distance(),
                best.word().limit(), contrast, refusal);
    }

    /**
     * Frame by frame along the utterance, the distance to the runner-up's nearest take minus that to the
     * best's, summed and divided by the sum of its size: where the two words sound alike the
     * differences are small either way and hardly count; where they differ, they decide.
     */
    private static double contrast(float[][] utterance, Scored best, Scored runnerUp) {
        if (Double.isInfinite(runnerUp.distance())) {
            return 1;
        }
        double[] toBest = new double[utterance.length];
        double[] toRunnerUp = new double[utterance.length];
        Dtw.distance(utterance, best.word().nearest(utterance).frames(), toBest);
        Dtw.distance(utterance, runnerUp.word().nearest(utterance).frames(), toRunnerUp);
        double signed = 0;
        double size = 0;
        for (int u = 0; u < utterance.length; u++) {
            double difference = toRunnerUp[u] - toBest[u];
            signed += difference;
            size += Math.abs(difference);
        }
        return size == 0 ? 0 : signed / size;
    }

    private record Scored(Command command, OwnWord word, double distance) {
    }
}
