package nl.verteller.ui.theme;

import java.awt.Color;
import java.util.Locale;
import javax.swing.UIManager;
import com.formdev.flatlaf.FlatLaf;

/**
 * The kiosk's themes, and the few colours and sizes of its own that it reads from them. EDT only
 * (installing a look and feel touches every component).
 *
 * <p>Keys read from the theme, beside FlatLaf's own: {@code Verteller.readingBackground} (colour of
 * the sentence being read), {@code Verteller.wordBackground} (the word being read),
 * {@code Verteller.focusColor} and {@code Verteller.focusWidth} (the focus and scan highlight, int
 * pixels at 1920 × 1080), {@code Verteller.buttonBorderColor}, {@code Verteller.statusBackground}.
 */
public enum Theme {
    LIGHT(new VertellerLightLaf()),
    DARK(new VertellerDarkLaf());

    private final FlatLaf laf;

    Theme(FlatLaf laf) {
        this.laf = laf;
    }

    /** The theme for a configuration value ({@code light}, {@code dark}). */
    public static Theme named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Makes this the look of every component made from now on. */
    public void install() {
        FlatLaf.setup(laf);
    }

    public static Color color(String key) {
        Color color = UIManager.getColor(key);
        if (color == null) {
            throw new IllegalStateException("theme has no colour " + key);
        }
        return color;
    }

    public static int integer(String key) {
        return UIManager.getInt(key);
    }
}
