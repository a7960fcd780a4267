package nl.verteller.bench;

import java.awt.Graphics;
import java.lang.management.ManagementFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * The baseline of {@code bench startup}: the least a Swing program does to paint one label, in
 * the same JVM and on the same display as the kiosk. Prints {@code {"painted_ms":…}} and exits.
 */
public final class StartupBaseline {
    private StartupBaseline() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("baseline");
            frame.setContentPane(new JLabel("Verteller") {
                private static final long serialVersionUID = 1L;
                private boolean painted;

                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    if (!painted) {
                        painted = true;
                        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("{\"painted_ms\":" + millis + "}");
                        System.out.flush();
                        System.exit(0);
                    }
                }
            });
            frame.setSize(1280, 720);
            frame.setVisible(true);
        });
    }
}
