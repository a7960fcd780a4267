package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class PinAttemptsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final PinAttempts attempts = new PinAttempts(now::get);
    private final StaffPin pin = StaffPin.parse(StaffPin.hash("2468"));

    @Test
    void threeWrongPinsAreFreeThenEachTryWaitsLonger() {
        for (int i = 0; i < 2; i++) {
            assertThat(attempts.tryPin(pin, "1111".toCharArray())).isFalse();
            assertThat(attempts.waitMillis()).isZero();
        }
        assertThat(attempts.tryPin(pin, "1111".toCharArray())).isFalse();
        assertThat(attempts.waitMillis()).isEqualTo(PinAttempts.FIRST_WAIT_MS);
        assertThat(attempts.tryPin(pin, "2468".toCharArray())).as("refused unseen while waiting").isFalse();

        now.addAndGet(PinAttempts.FIRST_WAIT_MS);
        assertThat(attempts.tryPin(pin, "1111".toCharArray())).isFalse();
        assertThat(attempts.waitMillis()).isEqualTo(2 * PinAttempts.FIRST_WAIT_MS);
        for (int i = 0; i < 20; i++) {
            now.addAndGet(attempts.waitMillis());
            attempts.tryPin(pin, "1111".toCharArray());
        }
        assertThat(attempts.waitMillis()).isEqualTo(PinAttempts.LONGEST_WAIT_MS);

        now.addAndGet(attempts.waitMillis());
        assertThat(attempts.tryPin(pin, "2468".toCharArray())).isTrue();
        assertThat(attempts.tryPin(pin, "1111".toCharArray())).isFalse();
        assertThat(attempts.waitMillis()).as("the right PIN starts the count again").isZero();
    }
}
