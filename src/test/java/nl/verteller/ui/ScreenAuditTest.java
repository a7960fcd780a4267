package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The audit itself can fail: a too small target, targets too close and small text are caught. */
@Gui
class ScreenAuditTest {
    @Test
    void catchesSmallTargetsTargetsTooCloseAndSmallText() {
        GuiTests.requireDisplay();
        List<String> violations = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame();
            JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 4));
            JButton small = new JButton("Small");
            small.setName("small");
            small.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            small.setPreferredSize(new Dimension(60, 60));
            JButton big = new JButton("Big");
            big.setName("big");
            big.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            big.setPreferredSize(new Dimension(130, 130));
            JLabel tiny = new JLabel("tiny");
            tiny.setName("tiny");
            tiny.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            panel.add(small);
            panel.add(big);
            panel.add(tiny);
            frame.setContentPane(panel);
            frame.setSize(600, 300);
            frame.setVisible(true);
            try {
                return ScreenAudit.violations(panel, Sizes.forWindow(new Dimension(1920, 1080)), 28);
            } finally {
                frame.dispose();
            }
        });
        assertThat(violations).anyMatch(v -> v.startsWith("small is 60 x 60 px"));
        assertThat(violations).anyMatch(v -> v.startsWith("small and big are 4 px apart"));
        assertThat(violations).anyMatch(v -> v.startsWith("tiny shows text in 11 pt"));
        assertThat(violations).noneMatch(v -> v.startsWith("big is"));
    }

    @Test
    void catchesAButtonCutOffByItsPanelAndOneOffTheScreen() {
        GuiTests.requireDisplay();
        List<String> violations = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame();
            JPanel panel = new JPanel(null);
            JPanel cell = new JPanel(null);
            cell.setName("cell");
            cell.setBounds(0, 0, 200, 150);
            JButton squeezed = new JButton("Squeezed");
            squeezed.setName("squeezed");
            squeezed.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            squeezed.setBounds(100, 130, 130, 130);
            cell.add(squeezed);
            JButton wide = new JButton("Wide");
            wide.setName("wide");
            wide.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            wide.setBounds(500, 0, 200, 130);
            panel.add(cell);
            panel.add(wide);
            frame.setContentPane(panel);
            frame.setSize(600, 400);
            frame.setVisible(true);
            try {
                return ScreenAudit.violations(panel, Sizes.forWindow(new Dimension(1920, 1080)), 28);
            } finally {
                frame.dispose();
            }
        });
        assertThat(violations).contains("squeezed is cut off by cell");
        assertThat(violations).anyMatch(v -> v.startsWith("wide runs off the screen"));
    }
}
