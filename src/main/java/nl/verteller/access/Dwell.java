package nl.verteller.access;

import nl.verteller.time.Scheduler;

/**
 * Dwell selection for a head pointer or mouse: resting on a target for {@code dwellMillis}
 * activates it; progress (0–1) is reported along the way so the button can draw it; moving off
 * cancels; after firing, the pointer must leave the target before it can fire again. Paused (as it
 * starts), the pointer presses nothing.
 */
public final class Dwell extends PausableTrigger {
    /** Told about progress on a target, on the scheduler's thread. */
    @FunctionalInterface
    public interface Progress {
        void progress(ScanTarget target, double fraction);
    }

    private static final long TICK_MILLIS = 50;

    private final Scheduler scheduler;
    private long dwellMillis;
    private final Progress progress;
    private ScanTarget resting;
    private ScanTarget mustLeave;
    private long since;
    private Scheduler.Cancellable tick;

    public Dwell(Scheduler scheduler, long dwellMillis, Progress progress) {
        this.scheduler = scheduler;
        this.dwellMillis = dwellMillis;
        this.progress = progress;
    }

    /** A new dwell time (from the settings screen), from the next target on. */
    public void setDwellMillis(long millis) {
        dwellMillis = millis;
    }

    /** Turned off, nothing in progress fires. */
    @Override
    protected void paused() {
        cancel();
        mustLeave = null;
    }

    /** The pointer came onto {@code target}. */
    public void entered(ScanTarget target) {
        cancel();
        if (!running() || target.equals(mustLeave)) {
            return;
        }
        resting = target;
        since = scheduler.now();
        tick = scheduler.schedule(TICK_MILLIS, this::tick);
    }

    /** The pointer left {@code target}. */
    public void left(ScanTarget target) {
        if (target.equals(mustLeave)) {
            mustLeave = null;
        }
        if (target.equals(resting)) {
            cancel();
        }
    }

    private void tick() {
        ScanTarget target = resting;
        if (target == null) {
            return;
        }
        double fraction = Math.min(1.0, (scheduler.now() - since) / (double) dwellMillis);
        progress.progress(target, fraction);
        if (fraction >= 1.0) {
            resting = null;
            tick = null;
            mustLeave = target;
            progress.progress(target, 0);
            target.activate();
        } else {
            tick = scheduler.schedule(TICK_MILLIS, this::tick);
        }
    }

    private void cancel() {
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
        if (resting != null) {
            progress.progress(resting, 0);
            resting = null;
        }
    }
}
