package nl.verteller.kiosk;

import nl.verteller.time.Scheduler;

/**
 * After a while without input, and {@link Countdown#IDLE_SECONDS} of a warning that any input
 * cancels (WCAG 2.2.1), the kiosk goes back to how the next patient should find it: home
 * screen, start language, default text size, speed and volume, not reading. Never while it reads
 * aloud to someone listening, nor while it is learning someone's own words: then it waits. Runs on
 * the scheduler's thread
 * (the EDT in the kiosk).
 */
public final class IdleReset {
    private final Scheduler scheduler;
    private final long idleMillis;
    private final KioskController controller;
    private final KioskState start;
    private Scheduler.Cancellable pending;

    /**
     * @param start the state a new patient sees (its language, text size, speed and volume)
     */
    public IdleReset(Scheduler scheduler, long idleMillis, KioskController controller, KioskState start) {
        this.scheduler = scheduler;
        this.idleMillis = idleMillis;
        this.controller = controller;
        this.start = start;
        activity();
    }

    /** Someone did something: a warning goes away and the idle time starts again. */
    public void activity() {
        controller.stillThere();
        if (pending != null) {
            pending.cancel();
        }
        pending = scheduler.schedule(idleMillis, this::idle);
    }

    private void idle() {
        if (controller.state().reading() || controller.state().ownWords().teachingNow()) {
            activity();
            return;
        }
        controller.warnIdle(() -> controller.reset(start));
        pending = null;
    }
}
