package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import javax.swing.text.Highlighter;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Gui;
import nl.verteller.ui.theme.Theme;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen in both themes, as a user sees it: painted to {@code target/screenshots/} for a person to
 * look at (the pictures in {@code docs/} are copies of some of them), and checked for what a user
 * would notice at once: the theme's background and text colours fill the picture, nothing breaks the
 * size rules or runs off the screen ({@link ScreenAudit}), the reader's sentence is painted in the
 * highlight colour, and the home screen shows a tile per leaflet. Two leaflets, so it has tiles.
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
                    String name = theme.name().toLowerCase() + "-" + screen.getKey();
                    BufferedImage picture = paint(kiosk);
                    ImageIO.write(picture, "png", OUT.resolve(name + ".png").toFile());
                    checkWhatAUserSees(name, kiosk, picture);
                }
            }
        }
    }

    private static void checkWhatAUserSees(String name, KioskFixture kiosk, BufferedImage picture) {
        GuiActionRunner.execute(() -> {
            JRootPane root = kiosk.frame().getRootPane();
            Pixels pixels = new Pixels(picture);
            Rectangle screen = new Rectangle(root.getSize());
            assertThat(pixels.count(Theme.color("Panel.background"), screen)).as("%s: the theme's background", name)
                    .isGreaterThan(screen.width * screen.height / 5);
            assertThat(pixels.count(Theme.color("Panel.foreground"), screen))
                    .as("%s: text in the theme's colour", name).isGreaterThan(1000);
            assertThat(ScreenAudit.violations(kiosk.frame().getContentPane(),
                    Sizes.forWindow(kiosk.frame().getSize()), 28)).as("%s: size rules", name).isEmpty();
            if (name.contains("-reader")) {
                ReadingText text = find(root, "reader-text", ReadingText.class);
                assertThat(pixels.count(Theme.color("Verteller.readingBackground"), markedArea(text, root)))
                        .as("%s: the sentence being read, highlighted", name).isGreaterThan(1000);
            }
            if (name.endsWith("-home")) {
                for (String tile : new String[] {"leaflet-1", "leaflet-2"}) {
                    AbstractButton button = find(root, tile, AbstractButton.class);
                    Rectangle at = SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), root);
                    assertThat(screen.contains(at)).as("%s: %s on the screen", name, tile).isTrue();
                    assertThat(pixels.count(Theme.color("Button.background"), at)).as("%s: %s drawn", name, tile)
                            .isGreaterThan(at.width * at.height / 2);
                }
            }
        });
    }

    /** Where the highlighted sentence stands, in the root pane: from its first letter to its last. */
    private static Rectangle markedArea(ReadingText text, JRootPane root) {
        Highlighter.Highlight sentence = text.getHighlighter().getHighlights()[0];
        try {
            Rectangle area = text.modelToView2D(sentence.getStartOffset()).getBounds();
            area.add(text.modelToView2D(sentence.getEndOffset()).getBounds());
            return SwingUtilities.convertRectangle(text, area, root);
        } catch (BadLocationException e) {
            throw new IllegalStateException("the highlight is outside the text", e);
        }
    }

    /** The showing component called {@code name}; fails when there is none. */
    private static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        assertThat(found).as("%s showing", name).isNotNull();
        return found;
    }

    private static <T extends Component> T search(Container container, String name, Class<T> type) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing() && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T found = search(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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

    /** A picture's pixels of one colour, counted. */
    private record Pixels(BufferedImage picture) {
        /** How many pixels in {@code area} are exactly {@code colour}. */
        int count(Color colour, Rectangle area) {
            Rectangle inside = area.intersection(new Rectangle(picture.getWidth(), picture.getHeight()));
            int found = 0;
            for (int y = inside.y; y < inside.y + inside.height; y++) {
                for (int x = inside.x; x < inside.x + inside.width; x++) {
                    found += picture.getRGB(x, y) == colour.getRGB() ? 1 : 0;
                }
            }
            return found;
        }
    }
}
