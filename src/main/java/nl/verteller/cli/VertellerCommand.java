package nl.verteller.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verteller.config.Config;
import nl.verteller.setup.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * {@code verteller [--config FILE] [--windowed | COMMAND]}: without a command the kiosk, else one of
 * the commands for scripts, tests and technicians. Holds what every command shares: the output
 * streams and the setup, loaded from the settings file when a command first asks for it.
 */
@Command(name = "java -jar verteller.jar", sortOptions = false,
        subcommands = {HelpCommand.class, ListCommand.class, SpeakCommand.class, ReadCommand.class,
                RecognizeCommand.class, ProfileCommand.class, CheckCommand.class, HashPinCommand.class,
                BenchCommand.class})
final class VertellerCommand implements Callable<Integer>, AutoCloseable {
    @Option(names = "--config", paramLabel = "FILE", description = "the settings file")
    Path configFile = Config.DEFAULT_FILE;

    @Option(names = "--windowed", description = "start the kiosk in a window (for development)")
    boolean windowed;

    /** For {@code bench startup}: print when the first frame is painted, then close. */
    @Option(names = "--startup-probe", hidden = true)
    boolean startupProbe;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;
    private final KioskLauncher kiosk;
    private Setup setup;

    VertellerCommand(PrintStream out, PrintStream err, KioskLauncher kiosk) {
        this.out = out;
        this.err = err;
        this.kiosk = kiosk;
    }

    @Override
    public Integer call() throws Exception {
        return kiosk.start(setup(), windowed, startupProbe, out);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** The configuration, content and voices, loaded once. */
    Setup setup() {
        if (setup == null) {
            setup = Setup.load(Config.load(configFile));
        }
        return setup;
    }

    @Override
    public void close() {
        if (setup != null) {
            setup.close();
        }
    }
}
