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
 */
final class CommandsInARow {
    /** Every this many phrases of a voice, one pair: the phrase and the one before it. */
    private static final int EVERY = 2;

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

    /** Right and wrong second commands in one room. */
    private static final class Count {
        int pairs;
        int right;
        int wrong;
    }

    /**
     * Pairs of {@code phrases}, said by each of {@code voices} in turn through the rooms, each heard by a
     * recognizer from {@code recognizers}; {@code every} thins them out as {@code --every} does.
     */
    List<Figure> measure(List<Synthesizer> voices, Map<String, Command> phrases, int every,
            RecognizerSource recognizers) throws IOException, InterruptedException {
        List<Map.Entry<String, Command>> list = List.copyOf(phrases.entrySet());
        Map<String, Count> counts = new LinkedHashMap<>();
        conditions.forEach(condition -> counts.put(condition.name(), new Count()));
        int turn = 0;
        for (Synthesizer voice : voices) {
            for (int i = EVERY - 1; i < list.size(); i += EVERY * every, turn++) {
                RoomCondition condition = conditions.get(turn % conditions.size());
                Count count = counts.get(condition.name());
                count.pairs++;
                String first = list.get(i - 1).getKey();
                String second = list.get(i).getKey();
                Command expected = list.get(i).getValue();
                double speed = condition.speed(turn);
                float[] firstTake = RoomSound.toFloats(SyntheticTakes.spoken(voice, first, Language.EN, speed));
                float[] both = RoomSound.concat(firstTake,
                        RoomSound.toFloats(SyntheticTakes.spoken(voice, second, Language.EN, speed)));
                short[] heard = condition.heard(both, RoomSound.speechLevel(both), leadSeconds, turn, talk, random);
                Decision heardSecond = second(recognizers, heard, condition.leadSamples(leadSeconds) + firstTake.length);
                if (heardSecond != null && heardSecond.accepted() && heardSecond.command().equals(expected)) {
                    count.right++;
                } else {
                    count.wrong += heardSecond != null && heardSecond.accepted() ? 1 : 0;
                    System.err.printf("bench voice: miss in a row %s \"%s\" after \"%s\" speed %s %s: %s%n", voice.name(),
                            second, first, speed, condition.name(), heardSecond == null ? "nothing"
                                    : heardSecond.command() + " '" + heardSecond.heard() + "' " + heardSecond.reason());
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        Count all = new Count();
        counts.forEach((room, count) -> {
            figures.add(Figure.of("voice." + room + ".in_a_row_accuracy", VoiceBenchmark.percent(count.right, count.pairs), "%"));
            all.pairs += count.pairs;
            all.right += count.right;
            all.wrong += count.wrong;
        });
        figures.add(Figure.of("voice.in_a_row_accuracy", VoiceBenchmark.percent(all.right, all.pairs), "%"));
        figures.add(Figure.of("voice.in_a_row_wrong", VoiceBenchmark.percent(all.wrong, all.pairs), "%"));
        figures.add(Figure.of("voice.in_a_row_pairs", all.pairs, "pairs"));
        return figures;
    }

    /**
     * What was decided from {@code secondStarts} on: the first command taken, else the last utterance
     * turned down, else null (nothing heard).
     */
    private static Decision second(RecognizerSource recognizers, short[] heard, int secondStarts) throws IOException {
        Decision[] last = new Decision[1];
        try (CommandRecognizer recognizer = recognizers.get()) {
            recognizer.hear(heard, (decision, sample) -> {
                if (sample >= secondStarts) {
                    last[0] = decision;
                }
                return !(decision.accepted() && sample >= secondStarts);
            });
        }
        return last[0];
    }

    /** A fresh recognizer with the kiosk's grammar and rules. */
    @FunctionalInterface
    interface RecognizerSource {
        CommandRecognizer get() throws IOException;
    }
}
