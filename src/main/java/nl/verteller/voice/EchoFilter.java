package nl.verteller.voice;

/** Says whether heard words are the kiosk's own narration coming back through the microphone. */
@FunctionalInterface
public interface EchoFilter {
    EchoFilter NONE = phrase -> false;

    /** True when {@code phrase} (normalized) is something the kiosk itself has just said. */
    boolean isEcho(String phrase);
}
