package nl.verteller.voice;

import java.util.Optional;
import nl.verteller.kiosk.Command;

/**
 * Whether what the decoder heard is a command clear enough to act on: a phrase of {@code phrases}, not the
 * kiosk's own words ({@code echo}), and far enough ahead of every reading that means something else
 * (the bar of {@code rules}). When and how it was said (silence before, the room) is judged before, by
 * {@link CommandRecognizer}.
 */
record CommandBar(PhraseSet phrases, EchoFilter echo, RecognitionRules rules) {
    /** A runner-up this many score units behind the best takes 63 % of the way to full confidence. */
    private static final double CONFIDENCE_SCORES = 3;

    /** The decision on {@code heard}, decided at {@code at} (audio ms). */
    Decision decide(Hypothesis heard, long at) {
        Hypothesis said = amongOtherSpeech(heard);
        if (rules.rejectUnknown() && said.hasUnknown()) {
            return Decision.rejected(heard, at, "not a command");
        }
        Optional<String> phrase = phrases.match(said.text());
        if (phrase.isEmpty()) {
            return Decision.rejected(heard, at, "not a command");
        }
        String text = phrase.get();
        Command command = phrases.command(text).orElseThrow();
        if (echo.isEcho(text)) {
            return Decision.rejected(heard, at, "the kiosk's own voice");
        }
        double confidence = confidence(said, command);
        double shareOfBar = shareOfBar(said, command);
        if (shareOfBar < 1) {
            return Decision.unsure(command, heard, confidence, at, shareOfBar);
        }
        return new Decision(command, text, confidence, at, null);
    }

    /** The command part of {@code heard}: all of it, or a command that may be said among other speech. */
    Hypothesis amongOtherSpeech(Hypothesis heard) {
        return rules.amongOtherSpeech().isEmpty() ? heard
                : heard.narrowed(text -> phrases.among(text, rules.amongOtherSpeech()));
    }

    /**
     * 0–1, from how far the best reading that means something else (another command, or none) scores
     * below this one: 1 when nothing else came close.
     */
    private double confidence(Hypothesis heard, Command command) {
        return heard.others().stream()
                .filter(other -> !meaning(other).equals(Optional.of(command)))
                .mapToDouble(other -> 1 - Math.exp(-Math.max(0, other.behind()) / CONFIDENCE_SCORES))
                .min().orElse(1.0);
    }

    /**
     * How far the best reading's lead over each reading that means something else went toward the lead
     * it needed, at the least: 1 (or more) clears the bar. A reading that means another command must
     * be {@link RecognitionRules#minMargin()} behind (too close to call otherwise), any other reading,
     * and one whose command does nothing now ({@link RecognitionRules#inert()}), far enough behind for
     * {@link RecognitionRules#minConfidence()}.
     */
    private double shareOfBar(Hypothesis heard, Command command) {
        double forConfidence = -CONFIDENCE_SCORES * Math.log(1 - rules.minConfidence());
        double share = 1;
        for (Hypothesis.RunnerUp other : heard.others()) {
            Optional<Command> means = meaning(other);
            if (means.equals(Optional.of(command))) {
                continue;
            }
            boolean acts = means.isPresent() && !rules.inert().contains(means.get().kind());
            double needed = acts ? Math.max(rules.minMargin(), forConfidence) : forConfidence;
            if (needed > 0 && other.behind() < needed) {
                share = Math.min(share, Math.max(0, other.behind()) / needed);
            }
        }
        return share;
    }

    private Optional<Command> meaning(Hypothesis.RunnerUp reading) {
        return phrases.match(reading.text()).flatMap(phrases::command);
    }
}
