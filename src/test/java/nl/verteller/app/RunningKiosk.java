package nl.verteller.app;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.verteller.config.Config;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.setup.Setup;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** The real kiosk in a window for the end-to-end tests, with voice control on; what a test asks of it. */
final class RunningKiosk implements AutoCloseable {
    final Setup setup;
    final Kiosk kiosk;

    private RunningKiosk(Setup setup, Kiosk kiosk) {
        this.setup = setup;
        this.kiosk = kiosk;
    }

    static RunningKiosk start(Map<String, String> config) throws InterruptedException {
        Setup setup = Setup.load(Config.fromMap("test", config));
        return new RunningKiosk(setup, Kiosk.start(setup, true, () -> { }));
    }

    KioskState state() {
        return GuiActionRunner.execute(() -> kiosk.controller().state());
    }

    /** Sends a command as any input would, on the EDT. */
    void send(Command command) {
        GuiActionRunner.execute(() -> kiosk.controller().handle(command));
    }

    /** Waits up to {@code seconds} for {@code done}; a time-out says what was awaited and the state then. */
    void await(String what, int seconds, BooleanSupplier done) {
        Pause.pause(new Condition(what) {
            @Override
            protected String descriptionAddendum() {
                return " (now: " + state() + ")";
            }

            @Override
            public boolean test() {
                return done.getAsBoolean();
            }
        }, Timeout.timeout(TimeUnit.SECONDS.toMillis(seconds)));
    }

    @Override
    public void close() {
        kiosk.close();
        setup.close();
    }
}
