package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JLabel;
import javax.swing.JTextArea;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A command voice control heard just under the bar, asked about in the real kiosk: the question on
 * the status strip and over the screen, with Yes and No, so touch, switches and dwell can confirm it
 * as well as "yes". (Its timing is tested in virtual time in {@code AskWhenUnsureTest}.)
 */
@Gui
class AskWhenUnsureScreenTest {
    private KioskFixture kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theQuestionIsShownAndItsYesButtonActsOnIt() throws Exception {
        kiosk = KioskFixture.start(false);
        FrameFixture window = kiosk.window();
        kiosk.send(Command.language(Language.EN));
        GuiActionRunner.execute(() -> kiosk.kiosk.controller().ask(Command.chapter(3)));
        kiosk.await("the question", 5, () -> text("countdown-message").equals("Chapter 3?"));
        assertThat(GuiActionRunner.execute(() -> ((JLabel) find(window, "status-listening")).getText()))
                .isEqualTo("Chapter 3? Say \"yes\"");
        window.button("countdown-yes").click();
        kiosk.await("chapter 3 open", 5, () -> kiosk.state().screen() == Screen.READER && kiosk.state().chapter() == 3);
        assertThat(kiosk.state().asking()).isNull();
        kiosk.await("the question gone", 5, () -> !find(window, "countdown-message").isShowing());
    }

    /** EDT only. */
    private String text(String name) {
        return ((JTextArea) find(kiosk.window(), name)).getText();
    }

    private java.awt.Component find(FrameFixture window, String name) {
        return window.robot().finder().findByName(kiosk.frame(), name, false);
    }
}
