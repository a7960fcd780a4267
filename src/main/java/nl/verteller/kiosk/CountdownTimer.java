package nl.verteller.kiosk;

import nl.verteller.time.Scheduler;

/**
 * Ticks once a second on the scheduler's thread (the EDT in the kiosk; virtual time in tests) for the
 * one {@link Countdown} the kiosk shows at a time; starting a new one stops the old.
 */
final class CountdownTimer {
    private final Scheduler scheduler;
    private Scheduler.Cancellable next;

    CountdownTimer(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code tick} every second until {@link #stop}. */
    void start(Runnable tick) {
        stop();
        schedule(tick);
    }

    private void schedule(Runnable tick) {
        next = scheduler.schedule(1000, () -> {
            schedule(tick);
            tick.run();
        });
    }

    void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }
}
