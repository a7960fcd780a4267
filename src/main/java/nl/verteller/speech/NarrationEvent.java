package nl.verteller.speech;

/**
 * What the narrator tells its listeners, on the narrator thread, at the moment it is heard.
 * {@code atMillis} is the position in the narrator's audio output (from 0 when it was made), so a
 * recording of the output can be matched to the events exactly.
 */
public sealed interface NarrationEvent {
    /** Position in the output audio, in milliseconds. */
    long atMillis();

    /** A chapter was opened (by a command or by moving to the next or previous chapter). */
    record ChapterOpened(long atMillis, String leafletId, int chapter, int sentences) implements NarrationEvent {
    }

    /**
     * Reading started or stopped, or the reading position moved: the sentence that {@code READ} would
     * read next (or is reading). {@code sentence} equals the chapter's sentence count at its end.
     */
    record StateChanged(long atMillis, boolean reading, int chapter, int sentence) implements NarrationEvent {
    }

    /** Sentence {@code sentence} (0-based) of {@code chapter} starts to sound. */
    record SentenceStarted(long atMillis, int chapter, int sentence) implements NarrationEvent {
    }

    /** The word at {@code [start, end)} of the sentence's written text starts to sound. */
    record WordStarted(long atMillis, int chapter, int sentence, int start, int end) implements NarrationEvent {
    }

    /** The sentence has been heard to its end. */
    record SentenceFinished(long atMillis, int chapter, int sentence) implements NarrationEvent {
    }

    /** The last sentence of the chapter has been heard. */
    record ChapterFinished(long atMillis, int chapter) implements NarrationEvent {
    }

    /** Rate or volume changed; steps run from 1 to {@link Narrator#STEPS}. */
    record SettingsChanged(long atMillis, int rateStep, int volumeStep) implements NarrationEvent {
    }

    /** The speaker appeared or went away; {@code detail} names the device or the error, for the log. */
    record SpeakerChanged(long atMillis, boolean available, String detail) implements NarrationEvent {
    }

    /** The voice could not speak; reading stopped. The message says what is wrong. */
    record SpeechProblem(long atMillis, String message) implements NarrationEvent {
    }
}
