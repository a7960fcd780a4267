package nl.verteller.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verteller.content.Language;
import nl.verteller.dsp.RoomSound;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.SyntheticTakes;

/**
 * Commands said one after the other, as a patient pages on ("next", "next") or changes their mind
 * ("bigger text", "pause"): a phrase, then the next phrase 1.5 s after its words (the takes' own silence,
 * 1 s after the first's words and 0.5 s before the second's), in the same room, heard as one stream by one
 * recognizer. Counts how often the second is heard, right or wrong; the first is {@code bench voice}'s own
 * figure. Each clip of {@code bench voice} is heard by a fresh recognizer, so only here does one command
 * follow another.
 *
 * <p>Also each such phrase said twice, the second time {@value #AGAIN_PACE} as fast, as a patient says a
 * command again when the kiosk did not act on it: how often the second is taken, and how often when the
 * kiosk had missed the first ({@code voice.again_after_miss_accuracy}).
 */
final class CommandsInARow {
    /** Every this many phrases of a voice, one pair: the phrase and the one before it. */
    private static final int EVERY = 2;
    /** A command said again is said a little slower. */
    private static final double AGAIN_PACE = 0.9;

    private final List<RoomCondition> conditions;
    private final double leadSeconds;
    private final BackgroundTalk talk;
    private final Random random;

    CommandsInARow(List<RoomCondition> conditions, double leadSeconds, BackgroundTalk talk, Random random) {
        this.conditions = conditions;
        this.leadSeconds = leadSeconds;
        this.talk = talk;
        this.random = random;
    }

    /** Right and wrong second commands in one room, and how the second fared when the first was missed. */
    private static final class Count {
        int pairs;
        int right;
        int wrong;
        int firstMissed;
        int rightAfterMiss;

        void add(Count other) {
            pairs += other.pairs;
            right += other.right;
            wrong += other.wrong;
            firstMissed += other.firstMissed;
            rightAfterMiss += other.rightAfterMiss;
        }
    }

    /**
     * Pairs of {@code phrases}, said by each of {@code voices} in turn through the rooms, each heard by a
     * recognizer from {@code recognizers}; {@code every} thins them out as {@code --every} does.
     */
    List<Figure> measure(List<Synthesizer> voices, Map<String, Command> phrases, int every,
            RecognizerSource recognizers) throws IOException, InterruptedException {
        // The pairs in a row first, all of them: their figures stay as they were before pairs said again came in.
        Map<String, Count> inARow = pairs(voices, phrases, every, recognizers, false);
        Map<String, Count> again = pairs(voices, phrases, every, recognizers, true);
        List<Figure> figures = new ArrayList<>();
        figures.addAll(figures("in_a_row", inARow));
        figures.addAll(figures("again", again));
        Count allAgain = new Count();
        again.values().forEach(allAgain::add);
        figures.add(Figure.of("voice.again_after_miss_accuracy",
                VoiceBenchmark.percent(allAgain.rightAfterMiss, allAgain.firstMissed), "%"));
        figures.add(Figure.of("voice.again_after_miss_pairs", allAgain.firstMissed, "pairs"));
        return figures;
    }

    /** Each pair of phrases, or with {@code again} each phrase said twice, counted per room. */
    private Map<String, Count> pairs(List<Synthesizer> voices, Map<String, Command> phrases, int every,
            RecognizerSource recognizers, boolean again) throws IOException, InterruptedException {
        List<Map.Entry<String, Command>> list = List.copyOf(phrases.entrySet());
        Map<String, Count> counts = new LinkedHashMap<>();
        conditions.forEach(condition -> counts.put(condition.name(), new Count()));
        int turn = 0;
        for (Synthesizer voice : voices) {
            for (int i = EVERY - 1; i < list.size(); i += EVERY * every, turn++) {
                RoomCondition condition = conditions.get(turn % conditions.size());
                double speed = condition.speed(turn);
                Map.Entry<String, Command> phrase = list.get(i);
                pair(voice, condition, turn, again ? phrase : list.get(i - 1), phrase, speed, again, recognizers,
                        counts.get(condition.name()));
            }
        }
        return counts;
    }

    /**
     * {@code second} said 1.5 s after {@code first} in {@code condition}, said {@code again} a little slower;
     * the second's fate counted in {@code count}.
     */
    private void pair(Synthesizer voice, RoomCondition condition, int turn, Map.Entry<String, Command> first,
            Map.Entry<String, Command> second, double firstSpeed, boolean again, RecognizerSource recognizers,
            Count count) throws IOException, InterruptedException {
        count.pairs++;
        double secondSpeed = again ? firstSpeed * AGAIN_PACE : firstSpeed;
        float[] firstTake = RoomSound.toFloats(SyntheticTakes.spoken(voice, first.getKey(), Language.EN, firstSpeed));
        float[] both = RoomSound.concat(firstTake,
                RoomSound.toFloats(SyntheticTakes.spoken(voice, second.getKey(), Language.EN, secondSpeed)));
        short[] heard = condition.heard(both, RoomSound.speechLevel(both), leadSeconds, turn, talk, random);
        Decision[] decided = decisions(recognizers, heard, condition.leadSamples(leadSeconds) + firstTake.length);
        boolean firstTaken = taken(decided[0], first.getValue());
        Decision heardSecond = decided[1];
        boolean right = taken(heardSecond, second.getValue());
        count.firstMissed += firstTaken ? 0 : 1;
        count.rightAfterMiss += !firstTaken && right ? 1 : 0;
        if (right) {
            count.right++;
            return;
        }
        count.wrong += heardSecond != null && heardSecond.accepted() ? 1 : 0;
        System.err.printf("bench voice: miss %s %s \"%s\" after \"%s\"%s speed %s %s: %s%n",
                again ? "said again" : "in a row", voice.name(),
                second.getKey(), first.getKey(), firstTaken ? "" : " (missed)", Math.round(secondSpeed * 100) / 100.0,
                condition.name(),
                heardSecond == null ? "nothing"
                        : heardSecond.command() + " '" + heardSecond.heard() + "' " + heardSecond.reason());
    }

    /** Whether {@code decision} (null: nothing heard) took {@code command}. */
    private static boolean taken(Decision decision, Command command) {
        return decision != null && decision.accepted() && decision.command().equals(command);
    }

    private static List<Figure> figures(String name, Map<String, Count> counts) {
        List<Figure> figures = new ArrayList<>();
        Count all = new Count();
        counts.forEach((room, count) -> {
            figures.add(Figure.of("voice." + room + "." + name + "_accuracy",
                    VoiceBenchmark.percent(count.right, count.pairs), "%"));
            all.add(count);
        });
        figures.add(Figure.of("voice." + name + "_accuracy", VoiceBenchmark.percent(all.right, all.pairs), "%"));
        figures.add(Figure.of("voice." + name + "_wrong", VoiceBenchmark.percent(all.wrong, all.pairs), "%"));
        figures.add(Figure.of("voice." + name + "_pairs", all.pairs, "pairs"));
        return figures;
    }

    /**
     * What was decided before {@code secondStarts} and from it on: each the first command taken, else the last
     * utterance turned down, else null (nothing heard).
     */
    private static Decision[] decisions(RecognizerSource recognizers, short[] heard, int secondStarts)
            throws IOException {
        Decision[] decided = new Decision[2];
        try (CommandRecognizer recognizer = recognizers.get()) {
            recognizer.hear(heard, (decision, sample) -> {
                int which = sample >= secondStarts ? 1 : 0;
                if (decided[which] == null || !decided[which].accepted()) {
                    decided[which] = decision;
                }
                return !(decision.accepted() && which == 1);
            });
        }
        return decided;
    }

    /** A fresh recognizer with the kiosk's grammar and rules. */
    @FunctionalInterface
    interface RecognizerSource {
        CommandRecognizer get() throws IOException;
    }
}
