package nl.verteller.ownwords;

/**
 * The features of the speech in an utterance, and how clearly it was heard.
 *
 * @param frames  one row per 10 ms (see {@link FrameFeatures})
 * @param depthDb how far its quieter moments lie below its loudest (see {@link SpeechSpan#depthDb()})
 */
public record SpeechFeatures(float[][] frames, double depthDb) {
}
