package nl.verteller.ownwords;

import java.util.Optional;
import nl.verteller.kiosk.Command;

/**
 * The acoustic match with the speech model's text match as a second opinion: a command the text
 * match takes for another command is refused (the two disagree, and a wrong command is worse than a
 * miss); an utterance the matcher found a little beyond its word's limit counts when the text match
 * heard that very command and the part where the nearest words differ is clear.
 */
public final class Fusion {
    /** How far beyond its limit an utterance may be when the text match agrees. */
    static final double AGREED_LIMIT = 1.25;

    private Fusion() {
    }

    /** The command, if any, from both opinions. */
    public static Optional<Command> decide(AcousticMatch acoustic, Optional<Command> text) {
        if (acoustic.accepted()) {
            return text.isEmpty() || text.get().equals(acoustic.command()) ? Optional.of(acoustic.command())
                    : Optional.empty();
        }
        boolean nearlyInside = acoustic.nearest() != null && acoustic.distance() <= acoustic.limit() * AGREED_LIMIT
                && acoustic.contrast() >= AcousticMatcher.MIN_CONTRAST;
        return nearlyInside && text.filter(acoustic.nearest()::equals).isPresent() ? text : Optional.empty();
    }
}
