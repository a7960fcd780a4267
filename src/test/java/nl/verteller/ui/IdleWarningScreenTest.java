package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JTextArea;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Countdown;
import nl.verteller.tags.Gui;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warning before the idle reset (WCAG 2.2.1) in the real kiosk: shown with its seconds over the
 * screen, and any key or click, even on no button, makes it go away without the reset. (Its timing
 * is tested in virtual time in {@code IdleResetTest}.)
 */
@Gui
class IdleWarningScreenTest {
    private KioskFixture kiosk;
    private FrameFixture window;
    private final AtomicBoolean reset = new AtomicBoolean();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void warn() throws Exception {
        kiosk = KioskFixture.start(false);
        window = kiosk.window();
        kiosk.send(Command.language(Language.EN));
        GuiActionRunner.execute(() -> kiosk.kiosk.controller().warnIdle(() -> reset.set(true)));
        kiosk.await("the warning", 5, () -> message().isShowing());
        assertThat(GuiActionRunner.execute(() -> message().getText()))
                .contains("Are you still there?").contains(Countdown.IDLE_SECONDS + " s");
    }

    @Test
    void anyKeyCancelsIt() throws Exception {
        warn();
        window.pressAndReleaseKeys(KeyEvent.VK_A);
        awaitCancelled();
    }

    @Test
    void aClickOnNoButtonCancelsIt() throws Exception {
        warn();
        Component title = window.label("title").target();
        window.robot().click(title, MouseButton.LEFT_BUTTON);
        awaitCancelled();
    }

    private void awaitCancelled() {
        kiosk.await("the warning gone", 5, () -> kiosk.state().countdown() == null && !message().isShowing());
        assertThat(reset).isFalse();
        assertThat(kiosk.state().language()).as("nothing was reset").isEqualTo(Language.EN);
    }

    /** EDT only. */
    private JTextArea message() {
        return (JTextArea) window.robot().finder().findByName(kiosk.frame(), "countdown-message", false);
    }
}
