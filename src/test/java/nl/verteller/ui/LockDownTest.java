package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import nl.verteller.kiosk.AdminPin;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kiosk cannot be closed by a patient; staff leave with the chord and the PIN. */
class LockDownTest {
    private KioskFixture kiosk;
    private FrameFixture window;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void closingDoesNothingAndOnlyTheRightPinLeaves() throws Exception {
        kiosk = KioskFixture.start(false, "kiosk.admin.pin.sha256", AdminPin.hash("2468"));
        window = kiosk.window();
        Robot robot = window.robot();

        GuiActionRunner.execute(() -> kiosk.frame().dispatchEvent(new WindowEvent(kiosk.frame(), WindowEvent.WINDOW_CLOSING)));
        robot.waitForIdle();
        assertThat(kiosk.frame().isDisplayable()).as("the close button does nothing").isTrue();

        enterPin(robot, "1111");
        assertThat(kiosk.frame().isDisplayable()).as("a wrong PIN does nothing").isTrue();

        enterPin(robot, "2468");
        kiosk.await("the kiosk closed", 10, () -> !kiosk.frame().isDisplayable());
    }

    private void enterPin(Robot robot, String pin) {
        window.focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKey(KeyEvent.VK_Q);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        robot.releaseKey(KeyEvent.VK_ALT);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        JOptionPaneFixture dialog = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        dialog.textBox("admin-pin").setText(pin);
        // Pressed programmatically: without a window manager the robot's click may land on the full-screen frame.
        GuiActionRunner.execute(() -> dialog.okButton().target().doClick());
        kiosk.await("the PIN dialog gone", 10, () -> !dialog.target().isShowing());
        robot.waitForIdle();
    }
}
