package nl.verteller.audio;

/**
 * Where audio goes: the speaker (owned by {@link nl.verteller.audio.AudioOut} on its
 * {@code audio-out} thread), the narrator's way into it, a file, or a test's recorder. Used by one
 * thread only.
 */
public interface AudioSink extends AutoCloseable {
    /**
     * Plays {@code count} samples of 16-bit mono PCM from {@code pcm[offset]}, blocking until they are
     * accepted (a speaker accepts them about as fast as it plays them).
     */
    void play(short[] pcm, int offset, int count, int sampleRate) throws InterruptedException;

    /** Samples accepted but not yet heard: what sits in the device's buffer. */
    int pendingSamples();

    /** Drops what has not been heard yet, for pause and skip. */
    void discard();

    /** Waits until all accepted samples have been heard. */
    void drain() throws InterruptedException;

    /** What the listener hears through, for the status strip and {@code check}. */
    String description();

    @Override
    void close();
}
