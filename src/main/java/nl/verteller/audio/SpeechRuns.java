package nl.verteller.audio;

/**
 * How long the current stretch of speech or silence has lasted, from a yes/no per 10 ms frame, and
 * the silence before the latest speech, where a click (sound shorter than any sound of speech) does
 * not end a silence. Shared by the rules that tell speech from the rest ({@code voice.VoiceActivity},
 * {@link SpeechAboveRoom}).
 */
public final class SpeechRuns {
    /** Sound shorter than this, between silences, is a click, not speech. */
    public static final long CLICK_MILLIS = 40;
    public static final long FRAME_MILLIS = 10;

    private boolean speaking;
    private long runMillis = Long.MAX_VALUE / 2;
    private long speechMillis;
    private long silenceBeforeSpeech = Long.MAX_VALUE;
    private long silenceBeforeClick = Long.MAX_VALUE;
    private long silenceRunBefore;

    /** The next frame: speech or not. */
    public void frame(boolean nowSpeech) {
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

    public boolean speaking() {
        return speaking;
    }

    public long runMillis() {
        return runMillis;
    }

    public long speechMillis() {
        return speechMillis;
    }

    public long silenceBeforeSpeech() {
        return silenceBeforeSpeech;
    }
}
