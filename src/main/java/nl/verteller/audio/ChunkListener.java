package nl.verteller.audio;

/**
 * Receives microphone audio in chunks (16 kHz mono), and changes of the microphone's availability:
 * voice control, the echo canceller in front of it, the own-words listener. Called on the
 * {@code audio-in} thread, and for a microphone that stopped giving sound on {@code audio-in-watch}.
 */
public interface ChunkListener {
    void audio(short[] pcm, int count);

    void available(boolean available, String detail);
}
