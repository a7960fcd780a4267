package nl.verteller.speech;

/** A voice could not speak a text; the message names the voice and what went wrong. */
public final class SpeechException extends Exception {
    private static final long serialVersionUID = 1L;

    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
