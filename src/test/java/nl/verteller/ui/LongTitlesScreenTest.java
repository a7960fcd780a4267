package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.SwingUtilities;
import nl.verteller.content.Chapter;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaflets as clinics write them: a long leaflet title and a guide of 14 chapters with titles of up to
 * two sentences, beside the real ALS leaflet, at 1920 × 1080 and 1280 × 720. Nothing runs off the
 * screen, no scrollbar shows, every chapter is reached through the "more" button (by touch and by
 * dwell) and opened by its digits (two for 10 and up, also on the leaflet tiles), and the reader shows
 * the whole title.
 */
@Gui
class LongTitlesScreenTest {
    private static final Path GUIDE = Path.of("src/test/resources/nl/verteller/ui/long-titles/nl/gids.md");

    @TempDir
    Path content;

    private KioskFixture kiosk;
    private FrameFixture window;

    private void start(boolean windowed, String... config) throws Exception {
        Files.createDirectories(content.resolve("nl"));
        Files.copy(Path.of("content/nl/als.md"), content.resolve("nl/als.md"));
        Files.copy(GUIDE, content.resolve("nl/gids.md"));
        String[] all = new String[config.length + 4];
        all[0] = "content.dir";
        all[1] = content.toString();
        all[2] = "reading.autostart";
        all[3] = "false";
        System.arraycopy(config, 0, all, 4, config.length);
        kiosk = KioskFixture.start(windowed, all);
        window = kiosk.window();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void fullScreen() throws Exception {
        everyChapterByTouchAndDigits(false);
    }

    @Test
    void windowed() throws Exception {
        everyChapterByTouchAndDigits(true);
    }

    private void everyChapterByTouchAndDigits(boolean windowed) throws Exception {
        start(windowed);
        Sizes sizes = GuiActionRunner.execute(() -> Sizes.forWindow(kiosk.frame().getSize()));
        audit(sizes, "home");
        window.robot().pressAndReleaseKeys(KeyEvent.VK_2);
        kiosk.await("the guide's chapters", 5, () -> kiosk.state().screen() == Screen.CHAPTERS
                && "gids".equals(kiosk.state().leafletId()));
        Leaflet guide = kiosk.kiosk.controller().state().leaflet().orElseThrow();
        assertThat(guide.chapters()).hasSize(14);

        boolean[] seen = new boolean[15];
        for (int page = 0; page < 14 && !all(seen); page++) {
            window.robot().waitForIdle();
            audit(sizes, "chapters page " + (page + 1));
            List<Integer> shown = shownChapters();
            assertThat(shown).as("a page shows some chapters, not all").isNotEmpty().hasSizeLessThan(14);
            shown.forEach(n -> seen[n] = true);
            window.button("chapter-more").click();
        }
        assertThat(all(seen)).as("every chapter reached through 'more'").isTrue();

        window.robot().pressAndReleaseKeys(KeyEvent.VK_1);
        window.robot().pressAndReleaseKeys(KeyEvent.VK_4);
        kiosk.await("chapter 14", 5, () -> kiosk.state().screen() == Screen.READER && kiosk.state().chapter() == 14);
        window.robot().pressAndReleaseKeys(KeyEvent.VK_1);
        window.robot().pressAndReleaseKeys(KeyEvent.VK_2);
        kiosk.await("chapter 12", 5, () -> kiosk.state().chapter() == 12);
        window.robot().waitForIdle();
        Chapter twelve = guide.chapter(12);
        window.label("reader-heading").requireText("12. " + twelve.title());
        audit(sizes, "reader");
        GuiActionRunner.execute(() -> {
            Component heading = window.label("reader-heading").target();
            Component position = window.label("reader-position").target();
            Rectangle h = SwingUtilities.convertRectangle(heading.getParent(), heading.getBounds(), kiosk.frame());
            Rectangle p = SwingUtilities.convertRectangle(position.getParent(), position.getBounds(), kiosk.frame());
            assertThat(h.intersects(p)).as("the heading runs into 'Zin 1 van 3'").isFalse();
            assertThat(h.height).as("the long title on several lines").isGreaterThan(heading.getFont().getSize() * 2);
        });
    }

    @Test
    void dwellReachesTheMoreButton() throws Exception {
        start(false, "access.dwell", "true", "access.dwell.ms", "600");
        window.robot().pressAndReleaseKeys(KeyEvent.VK_2);
        kiosk.await("the guide's chapters", 5, () -> kiosk.state().screen() == Screen.CHAPTERS);
        window.robot().waitForIdle();
        List<Integer> first = shownChapters();
        BigButton more = (BigButton) window.button("chapter-more").target();
        window.robot().moveMouse(GuiActionRunner.execute(() -> {
            Point at = more.getLocationOnScreen();
            return new Point(at.x + more.getWidth() / 2, at.y + more.getHeight() / 2);
        }));
        kiosk.await("the next page", 10, () -> !shownChaptersNow().equals(first));
        assertThat(kiosk.state().screen()).as("'more' changes the page, not the screen").isEqualTo(Screen.CHAPTERS);
    }

    private void audit(Sizes sizes, String where) {
        List<String> violations = GuiActionRunner.execute(
                () -> ScreenAudit.violations(kiosk.frame().getContentPane(), sizes, 20));
        assertThat(violations).as(where).isEmpty();
    }

    private List<Integer> shownChapters() {
        return GuiActionRunner.execute(this::shownChaptersNow);
    }

    /** EDT only. */
    private List<Integer> shownChaptersNow() {
        return IntStream.rangeClosed(1, 14).filter(n -> {
            Component tile = window.robot().finder().findByName(kiosk.frame(), "chapter-" + n, false);
            return tile.isShowing();
        }).boxed().toList();
    }

    private static boolean all(boolean[] seen) {
        return IntStream.rangeClosed(1, 14).allMatch(n -> seen[n]);
    }
}
