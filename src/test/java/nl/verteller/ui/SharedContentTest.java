package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kiosk with its leaflets on a share that is not there when it starts (a network mount that
 * comes later): it starts without leaflets and shows them by itself once the share is there. Going
 * away and coming back is tested in virtual time in {@code ContentWatcherTest}.
 */
class SharedContentTest {
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
    void aShareMissingAtStartIsShownWhenItComes() throws Exception {
        Path share = dir.resolve("share");
        kiosk = KioskFixture.start(true, "content.dir", share.toString(), "reading.autostart", "false");
        kiosk.send(Command.chapter(2));
        assertThat(kiosk.state().screen()).as("no leaflet to open yet").isNotEqualTo(Screen.READER);

        Files.createDirectories(share.resolve("nl"));
        Files.copy(Path.of("content/nl/als.md"), share.resolve("nl/als.md"));
        kiosk.await("chapter 2 of the leaflet on the share open", 15, () -> {
            kiosk.send(Command.chapter(2));
            return kiosk.state().screen() == Screen.READER && kiosk.state().chapter() == 2;
        });
    }
}
