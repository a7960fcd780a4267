package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Gui;
import nl.verteller.ui.theme.Theme;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes a picture of every screen in both themes to {@code target/screenshots/}, for a person to
 * look at. Two leaflets, so the home screen shows its tiles.
 */
@Gui
class ScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path content;

    @Test
    void everyScreenInBothThemes() throws Exception {
        Files.createDirectories(content.resolve("nl"));
        Files.createDirectories(content.resolve("en"));
        for (String lang : new String[] {"nl", "en"}) {
            Files.copy(Path.of("content", lang, "als.md"), content.resolve(lang).resolve("als.md"));
            Files.copy(Path.of("content", lang, "pronunciation.properties"),
                    content.resolve(lang).resolve("pronunciation.properties"));
        }
        Files.writeString(content.resolve("nl/voeding.md"), "# Eten en drinken bij ALS\n\n## Slikken\n\nTekst.\n");
        Files.createDirectories(OUT);
        for (Theme theme : Theme.values()) {
            try (KioskFixture kiosk = KioskFixture.withContent(content, theme.name().toLowerCase())) {
                Map<String, Command[]> screens = new LinkedHashMap<>();
                screens.put("home", new Command[] {Command.of(Kind.HOME)});
                screens.put("chapters", new Command[] {Command.leaflet(1)});
                screens.put("reader", new Command[] {Command.chapter(2), Command.of(Kind.PAUSE)});
                screens.put("help", new Command[] {Command.of(Kind.HELP)});
                screens.put("settings", new Command[] {Command.of(Kind.SETTINGS)});
                screens.put("own-words", new Command[] {Command.of(Kind.OWN_WORDS)});
                screens.put("reader-en", new Command[] {Command.of(Kind.HOME), Command.language(Language.EN),
                    Command.chapter(2), Command.of(Kind.PAUSE)});
                // Last: the question stays over every screen for its ten seconds.
                screens.put("question", new Command[] {Command.of(Kind.SETTINGS),
                    Command.set(nl.verteller.kiosk.Setting.DWELL, 1), Command.set(nl.verteller.kiosk.Setting.DWELL, 0)});
                for (Map.Entry<String, Command[]> screen : screens.entrySet()) {
                    for (Command command : screen.getValue()) {
                        kiosk.send(command);
                    }
                    kiosk.await("reading stopped", 10, () -> !kiosk.state().reading());
                    Path file = OUT.resolve(theme.name().toLowerCase() + "-" + screen.getKey() + ".png");
                    ImageIO.write(paint(kiosk), "png", file.toFile());
                    assertThat(file).isNotEmptyFile();
                }
            }
        }
    }

    private static BufferedImage paint(KioskFixture kiosk) {
        return GuiActionRunner.execute(() -> {
            var root = kiosk.frame().getRootPane();
            root.validate();
            BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            root.paint(g);
            g.dispose();
            return image;
        });
    }
}
