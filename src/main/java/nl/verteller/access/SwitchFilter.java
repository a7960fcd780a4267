package nl.verteller.access;

import nl.verteller.time.Scheduler;
/**
 * Turns raw switch presses into deliberate ones: a press must be held {@code acceptMillis} before it
 * counts (a tremor's brief touch does not), and a press within {@code repeatMillis} of the last one
 * that counted is ignored (a bounce or a shaking hand does not select twice).
 */
public final class SwitchFilter implements Trigger.Signals {
    private final Scheduler scheduler;
    private final long acceptMillis;
    private final long repeatMillis;
    private final Runnable onPress;
    private Scheduler.Cancellable pending;
    private long lastAccepted = Long.MIN_VALUE / 2;

    public SwitchFilter(Scheduler scheduler, long acceptMillis, long repeatMillis, Runnable onPress) {
        this.scheduler = scheduler;
        this.acceptMillis = acceptMillis;
        this.repeatMillis = repeatMillis;
        this.onPress = onPress;
    }

    /** The switch went down. */
    @Override
    public void down() {
        if (pending != null || scheduler.now() - lastAccepted < repeatMillis) {
            return;
        }
        if (acceptMillis == 0) {
            accept();
        } else {
            pending = scheduler.schedule(acceptMillis, this::accept);
        }
    }

    /** The switch came up: a press not yet accepted is dropped. */
    @Override
    public void up() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private void accept() {
        pending = null;
        lastAccepted = scheduler.now();
        onPress.run();
    }
}
