package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherTest {
    @TempDir
    Path content;

    @Test
    void anEditedAddedOrBrokenLeafletIsLoadedAgainByItself() throws Exception {
        Files.createDirectories(content.resolve("nl"));
        Files.writeString(content.resolve("nl/a.md"), "# A\n\n## Een\n\nTekst.\n");
        BlockingQueue<Library> reloads = new LinkedBlockingQueue<>();
        try (ContentWatcher watcher = new ContentWatcher(content, 100, reloads::add)) {
            watcher.start();
            Files.writeString(content.resolve("nl/a.md"), "# A\n\n## Een\n\nTekst.\n\n## Twee\n\nMeer.\n");
            Library edited = reloads.poll(10, TimeUnit.SECONDS);
            assertThat(edited).isNotNull();
            assertThat(edited.find("a", Language.NL).orElseThrow().chapters()).hasSize(2);

            Files.writeString(content.resolve("nl/b.md"), "# B\n");
            Library broken = reloads.poll(10, TimeUnit.SECONDS);
            assertThat(broken).isNotNull();
            assertThat(broken.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a");
            assertThat(broken.problems()).singleElement().asString().contains("b.md", "no chapter");
        }
    }
}
