package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Arrays;
import javax.swing.JPanel;
import nl.verteller.tags.Fast;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

@Fast
class FittingRowTest {
    /** A screen of {@code width} with a bar of ten 150 × 100 buttons at its foot, laid out. */
    private static JPanel bar(int width) {
        JPanel bar = new JPanel(new FittingRow(10));
        for (int i = 0; i < 10; i++) {
            JPanel button = new JPanel();
            button.setPreferredSize(new Dimension(150, 100));
            bar.add(button);
        }
        JPanel screen = new JPanel(new BorderLayout());
        screen.add(bar, BorderLayout.SOUTH);
        screen.setSize(width, 800);
        screen.doLayout();
        bar.doLayout();
        return bar;
    }

    private static long rows(JPanel bar) {
        return Arrays.stream(bar.getComponents()).map(Component::getY).distinct().count();
    }

    @Test
    void oneRowWhenTheWidestFitsElseEvenRowsAndNoButtonNarrowerThanItsWord() {
        GuiActionRunner.execute(FittingRowTest::wideAndNarrow);
    }

    private static void wideAndNarrow() {
        JPanel wide = bar(1920);
        assertThat(rows(wide)).isEqualTo(1);
        assertThat(wide.getComponent(0).getHeight()).isEqualTo(100);

        JPanel narrow = bar(1000);
        assertThat(rows(narrow)).isEqualTo(2);
        assertThat(narrow.getComponent(4).getY()).as("five to a row").isEqualTo(narrow.getComponent(0).getY());
        assertThat(narrow.getHeight()).isEqualTo(210);
        for (Component button : narrow.getComponents()) {
            Rectangle bounds = button.getBounds();
            assertThat(bounds.width).isGreaterThanOrEqualTo(150);
            assertThat(bounds.x + bounds.width).isLessThanOrEqualTo(1000);
        }
    }
}
