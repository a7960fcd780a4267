package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import javax.swing.UIManager;
import nl.verteller.tags.Fast;
import nl.verteller.ui.theme.Theme;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text colour on every background it is drawn on reaches 7:1 (WCAG AAA), in both themes. */
@Fast
class ThemeContrastTest {
    private static final List<String[]> TEXT_ON = List.of(
            new String[] {"Label.foreground", "Panel.background"},
            new String[] {"TextPane.foreground", "TextPane.background"},
            new String[] {"TextPane.foreground", "Verteller.readingBackground"},
            new String[] {"TextPane.foreground", "Verteller.wordBackground"},
            new String[] {"Button.foreground", "Button.background"},
            new String[] {"Verteller.selectedForeground", "Verteller.selectedBackground"},
            new String[] {"Label.foreground", "Verteller.noticeBackground"},
            new String[] {"Label.foreground", "Verteller.statusBackground"});

    @AfterAll
    static void restore() {
        GuiActionRunner.execute(Theme.LIGHT::install);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textContrastIsAtLeastSevenToOne(Theme theme) {
        GuiActionRunner.execute(theme::install);
        for (String[] pair : TEXT_ON) {
            double ratio = contrast(UIManager.getColor(pair[0]), UIManager.getColor(pair[1]));
            assertThat(ratio).as("%s on %s in %s", pair[0], pair[1], theme).isGreaterThanOrEqualTo(7.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theFocusFrameIsThickAndUnlikeTheReadingHighlight(Theme theme) {
        GuiActionRunner.execute(theme::install);
        assertThat(UIManager.getInt("Verteller.focusWidth")).isGreaterThanOrEqualTo(6);
        Color focus = UIManager.getColor("Verteller.focusColor");
        assertThat(contrast(focus, UIManager.getColor("Verteller.readingBackground"))).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(focus, UIManager.getColor("Panel.background"))).isGreaterThanOrEqualTo(3.0);
    }

    /** A marked choice (the current language, a setting's value) is told from the others by its fill (WCAG 1.4.11). */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void selectedAndUnselectedFillsDifferThreeToOne(Theme theme) {
        GuiActionRunner.execute(theme::install);
        assertThat(contrast(UIManager.getColor("Verteller.selectedBackground"), UIManager.getColor("Button.background")))
                .as("in %s", theme).isGreaterThanOrEqualTo(3.0);
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
