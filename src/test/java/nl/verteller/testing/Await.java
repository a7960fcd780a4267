package nl.verteller.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Waits for what another thread does in its own time (a recognizer hearing real audio, a retry): until
 * {@code done}, or fails saying what was awaited. The one way tests that are not about a clock wait.
 */
public final class Await {
    private Await() {
    }

    public static void until(String what, Duration within, BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return done.getAsBoolean();
            }
        }, Timeout.timeout(within.toMillis()));
    }
}
