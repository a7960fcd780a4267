package nl.verteller.voice;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.Microphone;

/**
 * Cuts one spoken take out of the microphone stream, for enrolling a patient's own word: from a
 * little before the speech starts to {@link #END_SILENCE_MILLIS} after it ends (or at most
 * {@link #MAX_MILLIS}). Only armed while the kiosk waits for a take; the take lives in memory until
 * the enrolment has heard it, and is never written anywhere. {@link #accept} runs on the microphone
 * thread, {@link #next} on the thread that waits for the take.
 */
public final class TakeRecorder {
    /** Silence that ends a take: longer than the pauses inside a word or a short phrase. */
    public static final int END_SILENCE_MILLIS = 700;
    /** The longest take kept. */
    public static final int MAX_MILLIS = 5000;
    private static final int LEAD_MILLIS = 300;
    private static final int RATE = VoskDecoder.SAMPLE_RATE;

    private final BlockingQueue<short[]> takes = new ArrayBlockingQueue<>(1);
    // Microphone thread only, after arm().
    private VoiceActivity activity;
    private short[] buffer = new short[0];
    private int length;
    private boolean heardSpeech;
    private volatile boolean armed;
    private volatile boolean resetPending;

    /** From now on, the next speech is a take. Any thread. */
    public void arm() {
        takes.clear();
        resetPending = true;
        armed = true;
    }

    /** No take wanted any more. Any thread. */
    public void disarm() {
        armed = false;
    }

    /** Microphone audio. */
    public void accept(short[] pcm, int count) {
        if (!armed) {
            return;
        }
        if (resetPending) {
            resetPending = false;
            activity = new VoiceActivity(RATE, 9);
            buffer = new short[RATE * (MAX_MILLIS + LEAD_MILLIS) / 1000];
            length = 0;
            heardSpeech = false;
        }
        activity.accept(pcm, count);
        append(pcm, count);
        if (!heardSpeech && activity.speaking() && activity.runMillis() >= 60) {
            heardSpeech = true;
        }
        boolean ended = heardSpeech && !activity.speaking() && activity.runMillis() >= END_SILENCE_MILLIS;
        if (ended || (heardSpeech && length == buffer.length)) {
            armed = false;
            takes.offer(Arrays.copyOf(buffer, length));
        }
    }

    /** Keeps the speech and a short lead-in before it: before speech, only the latest lead-in is kept. */
    private void append(short[] pcm, int count) {
        if (!heardSpeech) {
            int lead = RATE * LEAD_MILLIS / 1000;
            int keep = Math.min(length, Math.max(0, lead - count));
            System.arraycopy(buffer, length - keep, buffer, 0, keep);
            length = keep;
        }
        int copy = Math.min(count, buffer.length - length);
        System.arraycopy(pcm, 0, buffer, length, copy);
        length += copy;
    }

    /** The take, once said; empty when none came within {@code timeoutMillis}. */
    public Optional<short[]> next(long timeoutMillis) throws InterruptedException {
        return Optional.ofNullable(takes.poll(timeoutMillis, TimeUnit.MILLISECONDS));
    }
}
