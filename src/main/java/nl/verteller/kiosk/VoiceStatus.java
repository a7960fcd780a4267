package nl.verteller.kiosk;

import nl.verteller.content.Language;

/**
 * What voice control is doing, for the status strip. Never written to disk or logs.
 *
 * @param kind     the state
 * @param language the language it concerns
 * @param heard    the phrase heard, for {@link Kind#HEARD}; else empty
 */
public record VoiceStatus(Kind kind, Language language, String heard) {
    /** The states of voice control. */
    public enum Kind {
        /** Loading the speech model, or hearing the room (half a second) before a command can be told from it. */
        STARTING,
        /** No speech model for this language: other inputs only. */
        NO_MODEL,
        /** No microphone (yet): retrying. */
        NO_MICROPHONE,
        /** Waiting for a command. */
        LISTENING,
        /** Push-to-talk: waiting for the talk key before listening. */
        PRESS_TO_TALK,
        /** A command was heard and handed on. */
        HEARD,
        /** Speech was heard that is not a command. */
        NOT_UNDERSTOOD,
        /** Asleep ("stop listening"): only the wake phrase counts. */
        ASLEEP
    }

    public static VoiceStatus of(Kind kind, Language language) {
        return new VoiceStatus(kind, language, "");
    }
}
