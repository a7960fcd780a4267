package nl.verteller.voice;

/**
 * A streaming speech decoder restricted to a grammar: audio in, hypotheses out. {@link VoskDecoder}
 * is the real one; the commit and rejection logic in {@link CommandRecognizer} only sees this.
 * One thread at a time.
 */
interface Decoder extends AutoCloseable {
    /** Takes 16-bit mono samples at the decoder's rate; true when an utterance just ended. */
    boolean accept(short[] pcm, int count);

    /** The hypothesis so far within the current utterance; word times count from the latest {@link #reset}. */
    Hypothesis partial();

    /** The result of the utterance that just ended (after {@link #accept} returned true). */
    Hypothesis result();

    /** Ends the stream and returns the result of what is left. */
    Hypothesis finish();

    /** Replaces the grammar: a JSON list of phrases, {@code [unk]} included. */
    void setGrammar(String json);

    /** Forgets the current utterance. */
    void reset();

    @Override
    void close();
}
