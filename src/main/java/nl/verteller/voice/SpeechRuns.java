package nl.verteller.voice;

/**
 * How long the current stretch of speech or silence has lasted, from a yes/no per 10 ms frame, and
 * the silence before the latest speech, where a click (sound shorter than any sound of speech) does
 * not end a silence. Shared by the rules that tell speech from the rest ({@link VoiceActivity},
 * {@link SpeechAboveRoom}).
 */
final class SpeechRuns {
    /** Sound shorter than this, between silences, is a click, not speech. */
    static final long CLICK_MILLIS = 40;
    static final long FRAME_MILLIS = 10;

    private boolean speaking;
    private long runMillis = Long.MAX_VALUE / 2;
    private long speechMillis;
    private long silenceBeforeSpeech = Long.MAX_VALUE;
    private long silenceBeforeClick = Long.MAX_VALUE;
    private long silenceRunBefore;

    /** The next frame: speech or not. */
    void frame(boolean nowSpeech) {
        if (nowSpeech && !speaking) {
            silenceBeforeClick = silenceBeforeSpeech;
            silenceRunBefore = runMillis;
            silenceBeforeSpeech = runMillis;
            speaking = true;
            runMillis = 0;
        } else if (!nowSpeech && speaking) {
            speaking = false;
            // A click is no speech: the silence goes on through it, so a word that follows a click still
            // has the silence before the click before it.
            boolean click = runMillis < CLICK_MILLIS;
            if (click) {
                silenceBeforeSpeech = silenceBeforeClick;
            }
            runMillis = click ? silenceRunBefore + runMillis : 0;
        }
        runMillis += FRAME_MILLIS;
        if (speaking) {
            speechMillis += FRAME_MILLIS;
        }
    }

    boolean speaking() {
        return speaking;
    }

    long runMillis() {
        return runMillis;
    }

    long speechMillis() {
        return speechMillis;
    }

    long silenceBeforeSpeech() {
        return silenceBeforeSpeech;
    }
}
