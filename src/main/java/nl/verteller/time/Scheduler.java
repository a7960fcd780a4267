package nl.verteller.time;

/**
 * Time for the access rules (scanning, dwell, switch timing): what time it is and "run this later".
 * The kiosk uses {@link SwingScheduler}; tests advance a manual one, so no test waits for real time.
 */
public interface Scheduler {
    /** Milliseconds on this scheduler's clock. */
    long now();

    /** Runs {@code task} once, {@code delayMillis} from now, on the scheduler's thread. */
    Cancellable schedule(long delayMillis, Runnable task);

    /** A scheduled task that may still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
