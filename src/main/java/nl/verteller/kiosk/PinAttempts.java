package nl.verteller.kiosk;

import java.util.function.LongSupplier;

/**
 * Slows down guessing the staff PIN: three wrong PINs are free (a typo, a colleague), then each
 * further try waits, from {@link #FIRST_WAIT_MS} doubling up to {@link #LONGEST_WAIT_MS}; the right
 * PIN starts the count again. Time comes from an injected clock (milliseconds). EDT only.
 */
public final class PinAttempts {
    static final int FREE_TRIES = 3;
    static final long FIRST_WAIT_MS = 30_000;
    static final long LONGEST_WAIT_MS = 10 * 60_000;

    private final LongSupplier clock;
    private int wrong;
    private long nextTryAt;

    public PinAttempts(LongSupplier clock) {
        this.clock = clock;
    }

    /** Milliseconds until the next try is taken; 0 when it is taken now. */
    public long waitMillis() {
        return Math.max(0, nextTryAt - clock.getAsLong());
    }

    /** Tries {@code pin}; a try while {@link #waitMillis()} is not 0 is refused without looking. */
    public boolean tryPin(StaffPin staffPin, char[] pin) {
        if (waitMillis() > 0) {
            return false;
        }
        if (staffPin.opens(pin)) {
            wrong = 0;
            nextTryAt = 0;
            return true;
        }
        wrong++;
        if (wrong >= FREE_TRIES) {
            int doublings = Math.min(wrong - FREE_TRIES, 10);
            nextTryAt = clock.getAsLong() + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS << doublings);
        }
        return false;
    }
}
