package nl.verteller.app;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import nl.verteller.setup.Setup;

/** The kiosk as an application: runs until its window closes. */
public final class KioskApp {
    private KioskApp() {
    }

    /**
     * @param startupProbe print {@code {"painted_ms":…}} (since the JVM started) at the first paint, then
     *                     close: for {@code bench startup}
     */
    public static int run(Setup setup, boolean windowed, boolean startupProbe, PrintStream out) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runnable onFirstPaint = startupProbe ? () -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("{\"painted_ms\":" + millis + "}");
            out.flush();
            done.countDown();
        } : () -> { };
        try (Kiosk kiosk = Kiosk.start(setup, windowed, onFirstPaint)) {
            kiosk.frame().addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    done.countDown();
                }
            });
            if (!startupProbe) {
                kiosk.warmUpVoices();
            }
            done.await();
        }
        return 0;
    }
}
