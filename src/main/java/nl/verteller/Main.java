package nl.verteller;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import nl.verteller.app.KioskApp;
import nl.verteller.cli.Cli;
import nl.verteller.setup.Setup;

/**
 * The one entry point: {@code java -jar verteller.jar [--config FILE] [COMMAND ...]}. Without a
 * command it starts the kiosk; the commands (package {@code cli}) are for scripts, tests and technicians.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs one command line; returns the exit code (2 for wrong arguments). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return Cli.run(args, out, err, (setup, windowed, startupProbe, printed) -> kiosk(setup, windowed, startupProbe,
                printed, err));
    }

    private static int kiosk(Setup setup, boolean windowed, boolean startupProbe, PrintStream out, PrintStream err)
            throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            err.println("verteller: no display to show the kiosk on (set DISPLAY, or run it under Xvfb);"
                    + " the commands work without one");
            return 1;
        }
        return KioskApp.run(setup, windowed, startupProbe, out);
    }
}
