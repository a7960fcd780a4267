package nl.verteller.access;

/**
 * One way to press, as OptiKey's trigger sources: a switch key, a mouse button, the pointer at rest
 * (dwell), a sound (the voice switch), the talk key. It starts paused, and the input service runs it
 * as the settings say: a paused trigger's presses count for nothing. What it presses (the scanner,
 * a button, the listening window) is given when it is made.
 */
public interface Trigger {
    /** What a press sends on its way: down, and up again. */
    interface Signals {
        void down();

        void up();
    }

    void setRunning(boolean running);

    boolean running();
}
