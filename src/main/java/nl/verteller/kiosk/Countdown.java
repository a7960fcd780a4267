package nl.verteller.kiosk;

/**
 * Something the kiosk will do by itself when the seconds run out, unless the patient answers first:
 * drop a change that would take away an input method (nobody confirmed it, so whoever asked for it
 * may no longer be able to undo it), or start over for the next patient (nobody is there).
 *
 * @param reason      what happens at the end
 * @param setting     the setting waiting for a YES, for {@link Reason#CONFIRM_CHANGE}; null otherwise
 * @param value       the value it would get
 * @param secondsLeft whole seconds until it happens, shown on screen
 */
public record Countdown(Reason reason, Setting setting, int value, int secondsLeft) {
    /** Seconds a change that takes away an input method waits for its YES. */
    public static final int CONFIRM_SECONDS = 10;
    /** Seconds of warning before the idle reset: WCAG 2.2.1 asks for at least 20. */
    public static final int IDLE_SECONDS = 20;

    /** What happens when the countdown ends. */
    public enum Reason {
        /** The change is dropped: the input method stays on. */
        CONFIRM_CHANGE,
        /** The kiosk starts over for the next patient. */
        IDLE
    }

    /** Asks to confirm {@code setting} at {@code value}. */
    public static Countdown confirm(Setting setting, int value) {
        return new Countdown(Reason.CONFIRM_CHANGE, setting, value, CONFIRM_SECONDS);
    }

    /** Warns that the kiosk will start over. */
    public static Countdown idle() {
        return new Countdown(Reason.IDLE, null, 0, IDLE_SECONDS);
    }

    /** One second later. */
    Countdown tick() {
        return new Countdown(reason, setting, value, secondsLeft - 1);
    }
}
