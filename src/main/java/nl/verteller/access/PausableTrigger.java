package nl.verteller.access;

/** A trigger's running flag, kept once for all triggers; {@link #paused} is where one stops what is under way. */
public abstract class PausableTrigger implements Trigger {
    private volatile boolean running;

    @Override
    public final void setRunning(boolean on) {
        running = on;
        if (!on) {
            paused();
        }
    }

    @Override
    public final boolean running() {
        return running;
    }

    /** Just paused: a press under way must not fire. */
    protected void paused() {
    }
}
