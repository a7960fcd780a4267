package nl.verteller.app;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.verteller.cli.Args;
import nl.verteller.cli.BenchCommand;
import nl.verteller.cli.CheckCommand;
import nl.verteller.cli.ListCommand;
import nl.verteller.cli.ProfileCommand;
import nl.verteller.cli.ReadCommand;
import nl.verteller.cli.RecognizeCommand;
import nl.verteller.cli.SpeakCommand;
import nl.verteller.cli.UsageException;
import nl.verteller.config.Config;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.setup.Setup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: {@code java -jar verteller.jar [--config FILE] [COMMAND ...]}. Without a
 * command it starts the kiosk; the commands are for scripts, tests and technicians.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar verteller.jar [--config FILE] [--windowed | COMMAND]",
            "  (no command)                         start the kiosk, full screen",
            "  --windowed                           start the kiosk in a window (for development)",
            "  list [--lang L]                      one line per chapter: <leaflet-id> TAB <n> TAB <title>",
            "  speak --lang L --out F.wav TEXT      say TEXT into a WAV file",
            "  read --lang L --leaflet ID --chapter N --out F.wav",
            "                                       a chapter to WAV, one JSON line per sentence",
            "  recognize --lang L [--profile P] F.wav...  spoken commands in WAV files, one JSON line each",
            "  profile enrol --profile P --command TOKEN TAKE.wav...   a patient's own word (3+ takes)",
            "  profile list | profile delete P      personal voice profiles",
            "  check                                what works here; exit 0 when the kiosk can run",
            "  hash-pin PIN                         the configuration line for the staff PIN",
            "  bench tts|startup|voice|access|personal   figures as JSON lines",
            "  bench soak --minutes N               the kiosk under random input from every method",
            "  bench fuzz [--inputs N] [TARGET...]  every file reader fed N mutated inputs (100000)",
            "L is nl or en. FILE defaults to " + Config.DEFAULT_FILE + ".");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    private static int kiosk(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, InterruptedException {
        Args parsed = Args.parse(args, Set.of(), Set.of("--windowed", "--startup-probe"));
        if (!parsed.words().isEmpty()) {
            throw new UsageException("unknown command \"" + parsed.words().get(0) + "\"");
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("verteller: no display to show the kiosk on (set DISPLAY, or run it under Xvfb);"
                    + " the commands work without one");
            return 1;
        }
        return KioskApp.run(setup, parsed.has("--windowed"), parsed.has("--startup-probe"), out);
    }

    /** Runs one command line; returns the exit code (2 for wrong arguments). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Path configFile = Config.DEFAULT_FILE;
        boolean configNamed = rest.size() >= 2 && rest.get(0).equals("--config");
        if (configNamed) {
            configFile = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        String command = rest.isEmpty() ? "" : rest.get(0);
        List<String> commandArgs = rest.isEmpty() ? List.of() : rest.subList(1, rest.size());
        try {
            if (configNamed && !Files.exists(configFile, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no settings file " + configFile);
            }
            return switch (command) {
                case "hash-pin" -> hashPin(commandArgs, out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> withSetup(command, commandArgs, rest, configFile, out, err);
            };
        } catch (UsageException e) {
            err.println("verteller: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("verteller: interrupted");
            return 1;
        } catch (Exception e) {
            // The one-line message is for the person at the terminal; the trace only for a debug log.
            LOG.debug("Command {} failed", command, e);
            err.println("verteller: " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int hashPin(List<String> args, PrintStream out) throws UsageException {
        if (args.size() != 1 || !args.get(0).matches("\\d{4,12}")) {
            throw new UsageException("hash-pin takes one PIN of 4 to 12 digits");
        }
        out.println(Config.KIOSK_ADMIN_PIN.name() + "=" + StaffPin.hash(args.get(0)));
        return 0;
    }

    /** The commands that need the configuration, content and voices. */
    private static int withSetup(String command, List<String> commandArgs, List<String> rest, Path configFile,
            PrintStream out, PrintStream err) throws Exception {
        try (Setup setup = Setup.load(Config.load(configFile))) {
            return switch (command) {
                case "list" -> ListCommand.run(commandArgs, setup, out, err);
                case "speak" -> SpeakCommand.run(commandArgs, setup, out, err);
                case "read" -> ReadCommand.run(commandArgs, setup, out, err);
                case "check" -> CheckCommand.run(commandArgs, setup, out);
                case "recognize" -> RecognizeCommand.run(commandArgs, setup, out, err);
                case "profile" -> ProfileCommand.run(commandArgs, setup, out, err);
                case "bench" -> BenchCommand.run(commandArgs, setup, out, err);
                case "", "--windowed", "--startup-probe" -> kiosk(rest, setup, out, err);
                default -> throw new UsageException("unknown command \"" + command + "\"");
            };
        }
    }
}
