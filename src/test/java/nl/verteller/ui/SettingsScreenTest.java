package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.Setting;
import nl.verteller.tags.Gui;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings screen in the real kiosk, reached and used with one input method at a time: one switch,
 * two switches, a mouse button as a switch, dwell, keys and touch. Each opens Settings, makes the text
 * bigger, and the new size is in the configuration file.
 */
@Gui
class SettingsScreenTest {
    @TempDir
    Path dir;

    private Path file;
    private KioskFixture kiosk;
    private FrameFixture window;
    private Robot robot;

    private void start(String... config) throws Exception {
        file = dir.resolve("verteller.properties");
        Files.writeString(file, "# the clinic's own line\nkiosk.idle.minutes = 7\n");
        kiosk = KioskFixture.start(file, false, config);
        window = kiosk.window();
        robot = window.robot();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void oneSwitch() throws Exception {
        start("access.scan", "auto", "access.scan.ms", "800");
        Runnable select = () -> window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        scanToBiggerText(select, select, () -> Pause.pause(40));
    }

    @Test
    void twoSwitches() throws Exception {
        start("access.scan", "step", "access.switch.repeat.ms", "0");
        Runnable move = () -> window.pressAndReleaseKeys(KeyEvent.VK_F2);
        scanToBiggerText(move, () -> window.pressAndReleaseKeys(KeyEvent.VK_SPACE), move);
    }

    @Test
    void aMouseButtonAsTheSwitch() throws Exception {
        start("access.scan", "auto", "access.scan.ms", "800", "access.switch.select.mouse", "right");
        Runnable select = () -> {
            robot.pressMouse(MouseButton.RIGHT_BUTTON);
            robot.releaseMouse(MouseButton.RIGHT_BUTTON);
        };
        scanToBiggerText(select, select, () -> Pause.pause(40));
    }

    /**
     * Starts the scan, chooses Settings, then Bigger text. After a choice the scan goes on by itself,
     * at the new screen's first button.
     */
    private void scanToBiggerText(Runnable begin, Runnable select, Runnable advance) {
        begin.run();
        scanTo("settings", select, advance);
        kiosk.await("settings shown", 10, () -> kiosk.state().screen() == Screen.SETTINGS);
        scanTo("setting-text_size-up", select, advance);
        awaitBiggerTextSaved();
    }

    @Test
    void dwell() throws Exception {
        start("access.dwell", "true", "access.dwell.ms", "600");
        robot.moveMouse(centreOf("settings"));
        kiosk.await("settings shown", 10, () -> kiosk.state().screen() == Screen.SETTINGS);
        robot.moveMouse(centreOf("setting-text_size-up"));
        awaitBiggerTextSaved();
    }

    @Test
    void keys() throws Exception {
        start();
        tabTo("settings");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        kiosk.await("settings shown", 10, () -> kiosk.state().screen() == Screen.SETTINGS);
        tabTo("setting-text_size-up");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitBiggerTextSaved();
    }

    @Test
    void touchTurnsDwellOnAndItWorksAtOnce() throws Exception {
        start();
        window.button("settings").click();
        window.button("setting-dwell-1").click();
        kiosk.await("dwell on", 5, () -> kiosk.state().settings().on(Setting.DWELL));
        robot.moveMouse(centreOf("setting-text_size-up"));
        awaitBiggerTextSaved();
        assertThat(Files.readString(file)).as("input methods are this patient's: the file keeps the clinic's")
                .contains("access.dwell = false").doesNotContain("access.dwell = true");
    }

    /**
     * Dwell off, by dwell: asked first, and dwell still works to answer. No keeps it; Yes, dwelt on,
     * turns it off.
     */
    @Test
    void dwellOffIsAskedAndAnsweredByDwell() throws Exception {
        start("access.dwell", "true", "access.dwell.ms", "600");
        robot.moveMouse(centreOf("settings"));
        kiosk.await("settings shown", 10, () -> kiosk.state().screen() == Screen.SETTINGS);
        robot.moveMouse(centreOf("setting-dwell-0"));
        kiosk.await("asked", 10, () -> kiosk.state().countdown() != null);
        assertThat(kiosk.state().settings().on(Setting.DWELL)).as("on while asked").isTrue();
        robot.moveMouse(centreOf("countdown-no"));
        kiosk.await("answered no", 10, () -> kiosk.state().countdown() == null);
        assertThat(kiosk.state().settings().on(Setting.DWELL)).isTrue();
        robot.moveMouse(centreOf("setting-dwell-0"));
        kiosk.await("asked again", 10, () -> kiosk.state().countdown() != null);
        robot.moveMouse(centreOf("countdown-yes"));
        kiosk.await("dwell off", 10, () -> !kiosk.state().settings().on(Setting.DWELL));
        assertThat(kiosk.state().countdown()).isNull();
    }

    /** "No scanning" by a one-switch user: the scan goes on at the question's Yes, and one press turns it off. */
    @Test
    void noScanningIsAskedAndAnsweredByTheSwitch() throws Exception {
        // No bounce filter: the answer follows the choice faster than a hand would.
        start("access.scan", "auto", "access.scan.ms", "800", "access.switch.repeat.ms", "0");
        Runnable select = () -> window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        select.run();
        scanTo("settings", select, () -> Pause.pause(40));
        kiosk.await("settings shown", 10, () -> kiosk.state().screen() == Screen.SETTINGS);
        scanTo("setting-scanning-0", select, () -> Pause.pause(40));
        kiosk.await("asked", 10, () -> kiosk.state().countdown() != null);
        assertThat(kiosk.state().settings().get(Setting.SCANNING)).isEqualTo(Setting.ONE_SWITCH);
        kiosk.await("the scan starts at Yes", 5, () -> highlightedNow().equals(List.of("countdown-yes")));
        select.run();
        kiosk.await("scanning off", 10, () -> kiosk.state().settings().get(Setting.SCANNING) == Setting.SCAN_OFF);
        assertThat(kiosk.state().countdown()).isNull();
    }

    /** Keys: the focus moves to the question's Yes, so Enter twice turns dwell off. */
    @Test
    void keysAnswerTheQuestionWhereTheFocusGoes() throws Exception {
        start("access.dwell", "true");
        window.button("settings").click();
        tabTo("setting-dwell-0");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        kiosk.await("asked", 10, () -> kiosk.state().countdown() != null);
        kiosk.await("focus on yes", 5, () -> "countdown-yes".equals(focusOwnerName()));
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        kiosk.await("dwell off", 10, () -> !kiosk.state().settings().on(Setting.DWELL));
    }

    /**
     * Scans to the button {@code name}: enters its group when the group is highlighted, chooses it when it
     * alone is; {@code advance} moves the highlight on (two switches) or just waits (one switch).
     */
    private void scanTo(String name, Runnable select, Runnable advance) {
        for (int step = 0; step < 400; step++) {
            List<String> lit = highlighted();
            if (lit.contains(name)) {
                select.run();
                if (lit.size() == 1) {
                    return;
                }
                Pause.pause(100);
            } else {
                advance.run();
            }
        }
        throw new AssertionError("the scan never reached " + name);
    }

    private List<String> highlighted() {
        return GuiActionRunner.execute(this::highlightedNow);
    }

    /** EDT only. The layered pane: a question lies over the screen. */
    private List<String> highlightedNow() {
        List<String> names = new ArrayList<>();
        collectHighlighted(kiosk.frame().getLayeredPane(), names);
        return names;
    }

    private static void collectHighlighted(Container container, List<String> into) {
        for (Component child : container.getComponents()) {
            if (child instanceof BigButton button && Boolean.TRUE.equals(button.getClientProperty("verteller.scan"))) {
                into.add(button.getName());
            } else if (child instanceof Container inner) {
                collectHighlighted(inner, into);
            }
        }
    }

    private void tabTo(String name) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 40 && !name.equals(focused()); i++) {
            seen.add(focused());
            // The robot itself: the fixture would focus the window first, which puts focus back at its start.
            robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        }
        assertThat(focused()).as("focus went " + seen).isEqualTo(name);
    }

    private String focused() {
        return GuiActionRunner.execute(SettingsScreenTest::focusOwnerName);
    }

    /** EDT only. */
    private static String focusOwnerName() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner == null ? null : owner.getName();
    }

    private Point centreOf(String name) {
        BigButton button = (BigButton) window.button(name).target();
        return GuiActionRunner.execute(() -> {
            Point at = button.getLocationOnScreen();
            return new Point(at.x + button.getWidth() / 2, at.y + button.getHeight() / 2);
        });
    }

    private void awaitBiggerTextSaved() {
        kiosk.await("bigger text", 20, () -> kiosk.state().textSize() == 32
                && kiosk.state().settings().get(Setting.TEXT_SIZE) == 32);
        kiosk.await("saved", 10, () -> {
            try {
                return Files.readString(file).contains("ui.text.size = 32");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try {
            assertThat(Files.readString(file)).startsWith("# the clinic's own line\nkiosk.idle.minutes = 7\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
