package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.event.KeyEvent;
import nl.verteller.kiosk.Screen;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real kiosk driven without hands or speech: key presses as a USB switch interface sends them,
 * and the pointer resting as a head pointer would. Opens chapter 4 and starts reading each way.
 */
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

    private boolean highlighted(String name) {
        return GuiActionRunner.execute(() -> Boolean.TRUE.equals(
                ((BigButton) window.button(name).target()).getClientProperty("verteller.scan")));
    }

    private void awaitReadingChapter4() {
        kiosk.await("chapter 4 reading", 20, () -> kiosk.state().screen() == Screen.READER
                && kiosk.state().chapter() == 4 && kiosk.state().reading());
    }
}
