package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher in virtual time: each {@link #look()} is one of its looks at the folder. */
@Fast
class ContentWatcherTest {
    private static final long POLL_MS = 1000;

    @TempDir
    Path dir;

    private final VirtualScheduler time = new VirtualScheduler();
    private final List<Library> reloads = new ArrayList<>();
    private ContentWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void anEditedAddedOrBrokenLeafletIsLoadedAgainByItself() throws Exception {
        Path content = leaflets(dir.resolve("content"), "a", "b");
        watch(content);
        Files.writeString(content.resolve("nl/a.md"), "# A\n\n## Een\n\nTekst.\n\n## Twee\n\nMeer.\n");
        look();
        assertThat(reloads).as("a change is loaded once a look finds it settled").isEmpty();
        look();
        assertThat(reloads).singleElement().satisfies(library ->
                assertThat(library.find("a", Language.NL).orElseThrow().chapters()).hasSize(2));

        Files.writeString(content.resolve("nl/c.md"), "# C\n");
        look();
        look();
        assertThat(reloads).hasSize(2);
        assertThat(last().leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a", "b");
        assertThat(last().problems()).singleElement().asString().contains("c.md", "no chapter");
        look();
        look();
        assertThat(reloads).as("nothing changed, nothing loaded").hasSize(2);
    }

    @Test
    void aCopyOfManyFilesGivesOneReloadWhenItIsDone() throws Exception {
        Path content = leaflets(dir.resolve("content"), "a");
        watch(content);
        for (String id : List.of("b", "c", "d")) {
            Files.writeString(content.resolve("nl/" + id + ".md"), "# " + id + "\n\n## Een\n\nTekst.\n");
            look();
        }
        look();
        assertThat(reloads).singleElement().satisfies(library ->
                assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a", "b", "c", "d"));
    }

    @Test
    void aShareThatGoesAwayKeepsTheLastGoodCopyAndComesBackByItself() throws Exception {
        Path share = leaflets(dir.resolve("share"), "a", "b");
        watch(share);
        Path away = Files.move(share, dir.resolve("away"));
        look();
        look();
        look();
        assertThat(reloads).as("the leaflets loaded before stay").isEmpty();

        Files.createDirectories(share);
        look();
        look();
        assertThat(reloads).as("an unmounted share leaves an empty folder: still the last copy").isEmpty();

        Files.delete(share);
        Files.move(away, share);
        Files.writeString(share.resolve("nl/e.md"), "# E\n\n## Een\n\nNieuw op de share.\n");
        look();
        look();
        assertThat(reloads).singleElement().satisfies(library ->
                assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a", "b", "e"));
    }

    @Test
    void aShareBackAsItWasLeavesTheLibraryAlone() throws Exception {
        Path share = leaflets(dir.resolve("share"), "a");
        watch(share);
        Path away = Files.move(share, dir.resolve("away"));
        look();
        look();
        Files.move(away, share);
        look();
        look();
        assertThat(reloads).as("nothing new to show, so the open chapter is not opened again").isEmpty();
        Files.writeString(share.resolve("nl/b.md"), "# B\n\n## Een\n\nTekst.\n");
        look();
        look();
        assertThat(reloads).hasSize(1);
    }

    @Test
    void aFolderMissingAtStartIsLoadedWhenItAppears() throws Exception {
        Path share = dir.resolve("share");
        watch(share);
        look();
        look();
        assertThat(reloads).isEmpty();
        leaflets(share, "a");
        look();
        look();
        assertThat(reloads).singleElement().satisfies(library ->
                assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a"));
    }

    @Test
    void aShareMountedWhileTheKioskStartedIsLoaded() throws Exception {
        Path share = dir.resolve("share");
        Library atStart = new LibraryLoader().load(share);
        leaflets(share, "a");
        watcher = new ContentWatcher(share, atStart, time, POLL_MS, reloads::add);
        watcher.start();
        look();
        assertThat(reloads).singleElement().satisfies(library ->
                assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a"));
    }

    @Test
    void closedItLooksNoMore() throws Exception {
        Path content = leaflets(dir.resolve("content"), "a");
        watch(content);
        watcher.close();
        Files.writeString(content.resolve("nl/b.md"), "# B\n\n## Een\n\nTekst.\n");
        look();
        look();
        assertThat(reloads).isEmpty();
    }

    /** Starts watching {@code folder}, with the library the kiosk would have loaded from it. */
    private void watch(Path folder) {
        watcher = new ContentWatcher(folder, new LibraryLoader().load(folder), time, POLL_MS, reloads::add);
        watcher.start();
    }

    private void look() {
        time.advance(POLL_MS);
    }

    private Library last() {
        return reloads.get(reloads.size() - 1);
    }

    private static Path leaflets(Path folder, String... ids) throws IOException {
        Files.createDirectories(folder.resolve("nl"));
        for (String id : ids) {
            Files.writeString(folder.resolve("nl/" + id + ".md"), "# " + id + "\n\n## Een\n\nTekst.\n");
        }
        return folder;
    }
}
