package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JLabel;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.tags.Gui;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kiosk cannot be closed by a patient; staff leave with the chord and the PIN, typed or tapped. */
@Gui
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
    void closingDoesNothingAndOnlyTheRightPinTypedOrTappedLeaves() throws Exception {
        kiosk = KioskFixture.start(false, "kiosk.admin.pin", StaffPin.hash("2468"));
        window = kiosk.window();
        Robot robot = window.robot();

        GuiActionRunner.execute(() -> kiosk.frame().dispatchEvent(new WindowEvent(kiosk.frame(), WindowEvent.WINDOW_CLOSING)));
        robot.waitForIdle();
        assertThat(kiosk.frame().isDisplayable()).as("the close button does nothing").isTrue();

        DialogFixture dialog = chord(robot);
        robot.enterText("1111");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(message(dialog)).as("a wrong PIN says so").isEqualTo("Verkeerde PIN");
        assertThat(dialog.target().isShowing()).as("and the dialog stays for another try").isTrue();
        assertThat(kiosk.frame().isDisplayable()).isTrue();

        for (char digit : "2468".toCharArray()) {
            tap(dialog, "admin-pin-" + digit);
        }
        tap(dialog, "admin-pin-ok");
        kiosk.await("the kiosk closed", 10, () -> !kiosk.frame().isDisplayable());
    }

    @Test
    void afterThreeWrongPinsTheNextTryWaits() throws Exception {
        kiosk = KioskFixture.start(false, "kiosk.admin.pin", StaffPin.hash("2468"));
        window = kiosk.window();
        DialogFixture dialog = chord(window.robot());
        for (int i = 0; i < 3; i++) {
            window.robot().enterText("1357");
            window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
            window.robot().waitForIdle();
        }
        assertThat(message(dialog)).startsWith("Te vaak een verkeerde PIN: wacht 3");
        assertThat(GuiActionRunner.execute(() -> ((JButton) dialog.button("admin-pin-ok").target()).isEnabled())).isFalse();
        window.robot().enterText("2468");
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        window.robot().waitForIdle();
        assertThat(kiosk.frame().isDisplayable()).as("not even the right PIN while waiting").isTrue();
        tap(dialog, "admin-pin-cancel");
    }

    @Test
    void aPinLineThatCannotBeUsedLocksTheExitAndTheStripSaysSo() throws Exception {
        kiosk = KioskFixture.start(false, "kiosk.admin.pin", "2468");
        window = kiosk.window();
        assertThat(window.label("status-problem").text()).contains("Uitgang voor medewerkers op slot");
        DialogFixture dialog = chord(window.robot());
        assertThat(message(dialog)).contains("op slot");
        for (String pin : new String[] {"2468", ""}) {
            window.robot().enterText(pin);
            window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
            window.robot().waitForIdle();
            assertThat(kiosk.frame().isDisplayable()).as("nothing opens a locked exit").isTrue();
        }
        tap(dialog, "admin-pin-cancel");
    }

    private DialogFixture chord(Robot robot) {
        window.focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressKey(KeyEvent.VK_SHIFT);
        robot.pressAndReleaseKey(KeyEvent.VK_Q);
        robot.releaseKey(KeyEvent.VK_SHIFT);
        robot.releaseKey(KeyEvent.VK_ALT);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<>(PinDialog.class) {
            @Override
            protected boolean isMatching(PinDialog found) {
                return found.isShowing();
            }
        }).withTimeout(10_000).using(robot);
        kiosk.await("the PIN field has the focus", 10, () -> dialog.textBox("admin-pin").target().hasFocus());
        return dialog;
    }

    private static String message(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> ((JLabel) dialog.label("admin-pin-message").target()).getText());
    }

    /** Pressed programmatically: without a window manager the robot's click may land on the full-screen frame. */
    private static void tap(DialogFixture dialog, String name) {
        GuiActionRunner.execute(() -> ((JButton) dialog.button(name).target()).doClick());
        dialog.robot().waitForIdle();
    }
}
