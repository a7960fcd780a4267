package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.KeyEvent;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import nl.verteller.text.Texts;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real kiosk driven without hands or speech: key presses as a USB switch interface sends them,
 * and the pointer resting as a head pointer would. Opens chapter 4 and starts reading each way.
 */
@Gui
class AccessScreenTest {
    private KioskFixture kiosk;
    private Robot robot;
    private FrameFixture window;

    private void start(String... config) throws InterruptedException {
        kiosk = KioskFixture.start(false, config);
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
    void oneSwitchOpensChapterFourAndStartsReading() throws Exception {
        start("access.scan", "auto", "access.scan.ms", "400");
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        kiosk.await("the scan on chapter 4", 20, () -> highlighted("chapter-4"));
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        awaitReadingChapter4();
    }

    @Test
    void twoSwitchesOpenChapterFourAndStartReading() throws Exception {
        start("access.scan", "step", "access.switch.repeat.ms", "0");
        window.pressAndReleaseKeys(KeyEvent.VK_F2);
        for (int i = 0; i < 10 && !highlighted("chapter-4"); i++) {
            window.pressAndReleaseKeys(KeyEvent.VK_F2);
        }
        assertThat(highlighted("chapter-4")).isTrue();
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        awaitReadingChapter4();
    }

    @Test
    void dwellAloneOpensChapterFourAndStartsReading() throws Exception {
        start("access.dwell", "true", "access.dwell.ms", "800");
        BigButton chapter4 = (BigButton) window.button("chapter-4").target();
        Point centre = GuiActionRunner.execute(() -> {
            Point at = chapter4.getLocationOnScreen();
            return new Point(at.x + chapter4.getWidth() / 2, at.y + chapter4.getHeight() / 2);
        });
        robot.moveMouse(centre);
        awaitReadingChapter4();
    }

    /**
     * One switch on the reader: scanning rests while the chapter is read (the top bar says "press your
     * switch"), a stray press only wakes it, at the top bar, and Home is two presses further.
     */
    @Test
    void oneSwitchRestsWhileReadingAndReachesHomeInThreePresses() throws Exception {
        // Slow enough that a press lands in the group it was meant for on a busy machine.
        start("access.scan", "auto", "access.scan.ms", "2500", "access.switch.repeat.ms", "0");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        kiosk.await("the scan on chapter 4", 20, () -> highlighted("chapter-4"));
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        awaitReadingChapter4();
        kiosk.await("scanning rests", 5, () -> !kiosk.kiosk.scanner().scanning());
        assertThat(window.label("title").text()).isEqualTo(Texts.of(kiosk.state().language()).get("topbar.pressSwitch"));

        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        kiosk.await("the top bar highlighted", 5, () -> highlighted("home") && highlighted("back"));
        assertThat(kiosk.state().reading()).as("the stray press acted on nothing").isTrue();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        kiosk.await("home alone highlighted", 5, () -> highlighted("home") && !highlighted("back"));
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        kiosk.await("home", 5, () -> kiosk.state().screen() == Screen.CHAPTERS);
    }

    /** The top bar keeps every button in its place on every screen; one that does nothing is disabled. */
    @Test
    void theTopBarIsTheSameOnEveryScreen() throws Exception {
        start();
        java.util.Map<String, java.awt.Rectangle> first = null;
        for (Command command : java.util.List.of(Command.of(Command.Kind.HOME), Command.chapter(2),
                Command.of(Command.Kind.HELP), Command.of(Command.Kind.SETTINGS), Command.of(Command.Kind.OWN_WORDS))) {
            kiosk.send(command);
            robot.waitForIdle();
            java.util.Map<String, java.awt.Rectangle> bar = GuiActionRunner.execute(() -> {
                java.util.Map<String, java.awt.Rectangle> found = new java.util.LinkedHashMap<>();
                for (String name : new String[] {"home", "back", "settings", "help", "language-nl", "language-en"}) {
                    BigButton button = (BigButton) window.robot().finder().findByName(kiosk.frame(), name, false);
                    if (button.isShowing()) {
                        found.put(name, new java.awt.Rectangle(button.getLocationOnScreen(), button.getSize()));
                    }
                }
                return found;
            });
            if (first == null) {
                first = bar;
            }
            assertThat(bar).as("the top bar on %s", kiosk.state().screen()).isEqualTo(first).hasSize(6);
        }
        kiosk.send(Command.of(Command.Kind.SETTINGS));
        assertThat(window.button("settings").target().isEnabled()).as("Settings on its own screen").isFalse();
        window.button("settings").click();
        assertThat(kiosk.state().screen()).isEqualTo(Screen.SETTINGS);
    }

    private boolean highlighted(String name) {
        return GuiActionRunner.execute(() -> Boolean.TRUE.equals(
                ((BigButton) window.button(name).target()).getClientProperty("verteller.scan")));
    }

    private void awaitReadingChapter4() {
        kiosk.await("chapter 4 reading", 20, () -> kiosk.state().screen() == Screen.READER
                && kiosk.state().chapter() == 4 && kiosk.state().reading());
    }
}
