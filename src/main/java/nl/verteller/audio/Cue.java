package nl.verteller.audio;

/**
 * A short sound for the speaker besides the narration: a spoken scan word, a spoken prompt or the
 * accept tone. 16-bit mono PCM at any rate; {@link AudioOut} fits it to the line's rate.
 *
 * @param kind       how it plays with the other sounds
 * @param pcm        the samples
 * @param sampleRate their rate
 * @param gain       linear gain applied when mixed (1: as given)
 * @param words      what it says, for the echo filter; empty for a tone
 */
public record Cue(Kind kind, short[] pcm, int sampleRate, double gain, String words) {
    /**
     * How a cue plays with the others. Narration is never delayed or cut by a cue: its timing drives
     * the read-along highlight.
     */
    public enum Kind {
        /** Cuts off the scan word before it, so the voice keeps up with the highlight; never said over narration. */
        SCAN_WORD,
        /** Plays after the prompts before it; mixed over narration. */
        PROMPT,
        /** Plays at once over anything; a new tone restarts it. */
        TONE
    }

    public Cue {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate " + sampleRate);
        }
        words = words == null ? "" : words;
    }
}
