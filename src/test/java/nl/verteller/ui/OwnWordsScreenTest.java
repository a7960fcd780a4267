package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.swing.JButton;
import nl.verteller.kiosk.Command;
import nl.verteller.ownwords.Profile;
import nl.verteller.ownwords.ProfileStore;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The own-words screen with more profiles than fit on it. */
@Gui
class OwnWordsScreenTest {
    @TempDir
    Path dir;
    private KioskFixture kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aFifthProfileAndLaterOnesAreReachedThroughMore() throws Exception {
        Path file = dir.resolve("profiles.json");
        ProfileStore store = new ProfileStore(file);
        for (String name : new String[] {"anna", "bert", "cor", "dina", "eva", "fien"}) {
            store.save(new Profile(name, Map.of()));
        }
        kiosk = KioskFixture.start(false, "profiles.file", file.toString());
        kiosk.send(Command.of(Command.Kind.OWN_WORDS));
        kiosk.await("the own-words screen", 10, () -> kiosk.frame().isShowing());
        kiosk.window().button("profile-4").requireText("Profiel dina");
        kiosk.window().button("more-profiles").requireVisible().requireText("Meer (1 van 2)");

        click("more-profiles");
        kiosk.window().button("profile-1").requireText("Profiel eva");
        kiosk.window().button("profile-2").requireText("Profiel fien");
        assertThat(GuiActionRunner.execute(() -> kiosk.window().robot().finder()
                .findByName(kiosk.frame(), "profile-3", JButton.class, false).isVisible())).as("no seventh profile").isFalse();
        click("profile-1");
        kiosk.await("eva chosen", 10, () -> kiosk.state().ownWords().profile().equals("eva"));

        click("more-profiles");
        kiosk.window().button("profile-1").requireText("Profiel anna");
    }

    private void click(String name) {
        GuiActionRunner.execute(() -> ((JButton) kiosk.window().button(name).target()).doClick());
        kiosk.window().robot().waitForIdle();
    }
}
