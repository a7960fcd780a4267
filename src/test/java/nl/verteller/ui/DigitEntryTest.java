package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** Digits to numbers, in virtual time. */
@Fast
class DigitEntryTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<Integer> opened = new ArrayList<>();
    private int count = 14;
    private final DigitEntry digits = new DigitEntry(clock, () -> count, opened::add);

    @Test
    void aDigitThatCannotStartALargerNumberOpensAtOnce() {
        digits.digit(3);
        assertThat(opened).containsExactly(3);
    }

    @Test
    void twoDigitsWithinTheWaitOpenTheirNumber() {
        digits.digit(1);
        clock.advance(DigitEntry.WAIT_MS - 1);
        assertThat(opened).isEmpty();
        digits.digit(2);
        assertThat(opened).containsExactly(12);
        clock.advance(DigitEntry.WAIT_MS * 2);
        assertThat(opened).containsExactly(12);
    }

    @Test
    void aFirstDigitAloneOpensAfterTheWait() {
        digits.digit(1);
        clock.advance(DigitEntry.WAIT_MS);
        assertThat(opened).containsExactly(1);
    }

    @Test
    void aSecondDigitBeyondTheCountStartsAfresh() {
        digits.digit(1);
        digits.digit(7);
        assertThat(opened).containsExactly(7);
        digits.digit(1);
        digits.digit(0);
        assertThat(opened).containsExactly(7, 10);
    }

    @Test
    void withNineOrFewerEveryDigitOpensAtOnce() {
        count = 6;
        digits.digit(1);
        digits.digit(0);
        assertThat(opened).containsExactly(1);
    }
}
