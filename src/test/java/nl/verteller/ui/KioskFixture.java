package nl.verteller.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.verteller.app.Kiosk;
import nl.verteller.config.Config;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.setup.Setup;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The real kiosk for screen tests: real content, real voices, real narrator and Swing. Options are
 * configuration keys; sensible defaults.
 */
final class KioskFixture implements AutoCloseable {
    final Setup setup;
    final Kiosk kiosk;
    private FrameFixture window;

    private KioskFixture(Setup setup, Kiosk kiosk) {
        this.setup = setup;
        this.kiosk = kiosk;
    }

    static KioskFixture start(boolean windowed, String... keyValues) throws InterruptedException {
        return start(null, windowed, keyValues);
    }

    /** @param settingsFile where the settings screen saves; null: nowhere */
    static KioskFixture start(Path settingsFile, boolean windowed, String... keyValues) throws InterruptedException {
        GuiTests.requireDisplay();
        Map<String, String> config = new HashMap<>();
        // The screen tests drive the screen; voice control has its own end-to-end test.
        config.put("voice.enabled", "false");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        Setup setup = Setup.load(Config.fromMap("test", config).savingTo(settingsFile));
        return new KioskFixture(setup, Kiosk.start(setup, windowed, () -> { }));
    }

    static KioskFixture withContent(Path content, String theme) throws InterruptedException {
        return start(false, "content.dir", content.toString(), "ui.theme", theme);
    }

    KioskFrame frame() {
        return kiosk.frame();
    }

    /** The window for a robot to drive as a user would, focused; cleaned up with the fixture. */
    FrameFixture window() {
        if (window == null) {
            window = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), kiosk.frame());
            window.focus();
        }
        return window;
    }

    KioskState state() {
        return GuiActionRunner.execute(() -> kiosk.controller().state());
    }

    /** Sends a command as any input would, on the EDT. */
    void send(Command command) {
        GuiActionRunner.execute(() -> kiosk.controller().handle(command));
    }

    /** Waits (up to {@code seconds}) until the screen shows what {@code shown} says. */
    void await(String description, int seconds, BooleanSupplier shown) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(shown::getAsBoolean);
            }
        }, Timeout.timeout(seconds * 1000L));
    }

    /** Closes the kiosk, and forgets the UI default that switch scanning sets for the whole program. */
    @Override
    public void close() {
        if (window != null) {
            window.cleanUp();
        }
        kiosk.close();
        setup.close();
    }
}
