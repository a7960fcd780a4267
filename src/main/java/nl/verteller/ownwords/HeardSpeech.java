package nl.verteller.ownwords;

import java.util.Arrays;

/**
 * An utterance's speech as the matcher compares it: its features, and the room it was heard in, taken
 * from the audio around the speech (see {@link RoomMask}).
 *
 * @param features the speech's features (see {@link FrameFeatures})
 * @param room     the room's sound under it
 */
record HeardSpeech(float[][] features, RoomMask room) {
    /** The speech of {@code pcm} within {@code span}, heard with the rest of {@code pcm} as its room. */
    static HeardSpeech of(FrameFeatures features, short[] pcm, SpeechSpan span) {
        float[][] heard = features.spectra(pcm, 0, pcm.length);
        int from = span.from() / FrameFeatures.HOP;
        int to = Math.min(heard.length, from + FrameFeatures.frames(span.to() - span.from()));
        return new HeardSpeech(FrameFeatures.fromSpectra(Arrays.copyOfRange(heard, from, to)), RoomMask.of(heard, from, to));
    }

    int length() {
        return features.length;
    }
}
