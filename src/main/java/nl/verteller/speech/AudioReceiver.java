package nl.verteller.speech;

/**
 * Receives speech from a {@link Synthesizer} as it is produced, so playback can start before a
 * sentence is finished. Called on the synthesizing thread, in this order: {@code start} once, then
 * {@code word} and {@code samples} interleaved (a word mark never refers to samples far in the past).
 */
public interface AudioReceiver {
    /** The audio that follows is 16-bit mono PCM at {@code sampleRate}. */
    void start(int sampleRate);

    /** The word at {@code [textStart, textEnd)} of the given text starts at {@code sample}. */
    void word(int textStart, int textEnd, long sample);

    /** The next {@code count} samples of {@code pcm}; the array may be reused after the call. */
    void samples(short[] pcm, int count);

    /**
     * False once nobody wants the rest (the reader skipped on): the engine should stop early. This,
     * not a thread interrupt, is how synthesis is cancelled; FreeTTS does not survive interrupts well.
     */
    default boolean wanted() {
        return true;
    }
}
