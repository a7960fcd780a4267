package nl.verteller.voice;

import java.util.function.LongSupplier;

/**
 * Push-to-talk for noisy rooms: voice commands count only within a few seconds after the patient
 * (or a carer) presses the talk key or switch. Without push-to-talk the window is always open.
 * Any thread.
 */
public final class ListeningWindow {
    private final boolean pushToTalk;
    private final long openMillis;
    private final LongSupplier clock;
    private volatile long openUntil = Long.MIN_VALUE;

    /**
     * @param pushToTalk whether commands need the key first
     * @param openMillis how long the window stays open after the key
     * @param clock      milliseconds
     */
    public ListeningWindow(boolean pushToTalk, long openMillis, LongSupplier clock) {
        this.pushToTalk = pushToTalk;
        this.openMillis = openMillis;
        this.clock = clock;
    }

    /** Always open: no push-to-talk. */
    public static ListeningWindow always() {
        return new ListeningWindow(false, 0, () -> 0);
    }

    public boolean pushToTalk() {
        return pushToTalk;
    }

    /** The talk key was pressed. */
    public void open() {
        openUntil = clock.getAsLong() + openMillis;
    }

    /** A command was taken: one command per press. */
    public void close() {
        openUntil = Long.MIN_VALUE;
    }

    public boolean isOpen() {
        return !pushToTalk || clock.getAsLong() < openUntil;
    }
}
