package nl.verteller.cli;

import java.io.PrintStream;
import nl.verteller.setup.Setup;

/** Starts the kiosk for the command line without a command; the app package provides it. */
@FunctionalInterface
public interface KioskLauncher {
    /** Runs the kiosk until its window closes; returns the exit code. */
    int start(Setup setup, boolean windowed, boolean startupProbe, PrintStream out) throws Exception;
}
