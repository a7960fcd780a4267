package nl.verteller.audio;

/**
 * Receives microphone audio in chunks (16 kHz mono), and changes of the microphone's availability:
 * voice control, the echo canceller in front of it, the own-words listener. Called on the
 * {@code audio-in} thread, and for a microphone that stopped giving sound on {@code audio-in-watch}.
 */
public interface ChunkListener {
    void audio(short[] pcm, int count);

    void available(boolean available, String detail);

    /**
     * Whether the audio that follows holds the kiosk's own sound as loud as it came: the echo canceller in
     * front is still finding the delay or learning the path (see {@code echo.EchoCanceller}). Told on
     * each change, before the audio; never without a canceller.
     */
    default void uncancelledEcho(boolean uncancelled) {
    }
}
