package nl.verteller.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import nl.verteller.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Runs one command line: parses it (picocli), runs the command and says what went wrong in one line.
 * Exit codes: 0 done, 1 the command failed (the message says why), 2 wrong arguments (with the usage).
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err, KioskLauncher kiosk) {
        try (VertellerCommand verteller = new VertellerCommand(out, err, kiosk)) {
            CommandLine line = new CommandLine(verteller)
                    .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                    .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                    .registerConverter(nl.verteller.content.Language.class, LanguageOption::parse)
                    .setExecutionStrategy(Cli::checkedConfig)
                    .setParameterExceptionHandler(Cli::usageError)
                    .setExecutionExceptionHandler((e, failed, parsed) -> failed(e, failed, err));
            line.getCommandSpec().usageMessage().footer("L is nl or en. FILE defaults to " + Config.DEFAULT_FILE + ".");
            lowerCaseUsage(line);
            return line.execute(args.toArray(String[]::new));
        }
    }

    /** "usage:" as the kiosk always wrote it, for every command and subcommand. */
    private static void lowerCaseUsage(CommandLine line) {
        line.getCommandSpec().usageMessage().synopsisHeading("usage: ");
        line.getSubcommands().values().forEach(Cli::lowerCaseUsage);
    }

    /** A {@code --config} that names no file is a mistake to say, not a reason to run on defaults. */
    private static int checkedConfig(ParseResult parsed) {
        VertellerCommand verteller = parsed.commandSpec().commandLine().getCommand();
        if (parsed.hasMatchedOption("--config") && !Files.exists(verteller.configFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new ParameterException(parsed.commandSpec().commandLine(), "no settings file " + verteller.configFile);
        }
        return new RunLast().execute(parsed);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("verteller: " + e.getMessage());
        failed.usage(err);
        return CommandLine.ExitCode.USAGE;
    }

    private static int failed(Exception e, CommandLine failed, PrintStream err) {
        if (e instanceof UsageException) {
            err.println("verteller: " + e.getMessage());
            failed.usage(failed.getErr());
            return CommandLine.ExitCode.USAGE;
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            err.println("verteller: interrupted");
            return 1;
        }
        String command = failed.getCommandName();
        // The one-line message is for the person at the terminal; the trace only for a debug log.
        LOG.debug("Command {} failed", command, e);
        err.println("verteller: " + command + " failed: " + e.getMessage());
        return 1;
    }
}
