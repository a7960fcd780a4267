package nl.verteller.ui;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import nl.verteller.time.Scheduler;

/**
 * Digits typed to open a numbered tile or chapter: a digit that cannot start a larger number on
 * screen opens at once; one that can (1 with 14 chapters) waits {@link #WAIT_MS} for a second digit
 * (1 then 2 opens 12), and opens alone when none comes. Runs on the scheduler's thread (the EDT).
 */
final class DigitEntry {
    /** How long a first digit waits for a second: long enough for a slow hand, short enough to feel at once. */
    static final long WAIT_MS = 1500;

    private final Scheduler time;
    private final IntSupplier count;
    private final IntConsumer open;
    private int first = -1;
    private Scheduler.Cancellable waiting;

    /**
     * @param count how many numbered things the screen has now
     * @param open  opens number n, from 1
     */
    DigitEntry(Scheduler time, IntSupplier count, IntConsumer open) {
        this.time = time;
        this.count = count;
        this.open = open;
    }

    /** A digit, 0 to 9. */
    void digit(int digit) {
        if (first >= 0) {
            int number = first * 10 + digit;
            cancel();
            if (number <= count.getAsInt()) {
                open.accept(number);
                return;
            }
        }
        if (digit == 0) {
            return;
        }
        if (digit * 10 > count.getAsInt()) {
            open.accept(digit);
            return;
        }
        first = digit;
        waiting = time.schedule(WAIT_MS, () -> {
            int alone = first;
            cancel();
            open.accept(alone);
        });
    }

    private void cancel() {
        first = -1;
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
    }
}
