package nl.verteller.kiosk;

import nl.verteller.content.Language;

/**
 * Says the kiosk's question about a command voice control heard just under the bar ("Chapter 3?"),
 * softly and through the kiosk's one way out for sound, so it is never heard as a command itself.
 * Returns at once.
 */
@FunctionalInterface
public interface QuestionVoice {
    /** Asks, in {@code language}, whether {@code command} was meant. */
    void ask(Command command, Language language);

    /** For where nothing says questions aloud (tests of the controller alone). */
    QuestionVoice NONE = (command, language) -> { };
}
