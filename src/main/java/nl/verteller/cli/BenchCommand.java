package nl.verteller.cli;

import java.io.PrintStream;
import java.util.List;
import nl.verteller.bench.AccessBenchmark;
import nl.verteller.bench.FuzzBenchmark;
import nl.verteller.bench.PersonalBenchmark;
import nl.verteller.bench.SoakBenchmark;
import nl.verteller.bench.StartupBenchmark;
import nl.verteller.bench.TtsBenchmark;
import nl.verteller.bench.VoiceBenchmark;
import nl.verteller.setup.Setup;

/** {@code bench NAME}: prints one JSON line per figure; see each benchmark for what it measures. */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, InterruptedException, java.io.IOException {
        if (!args.isEmpty() && args.get(0).equals("soak")) {
            return new SoakBenchmark(out).run(args.subList(1, args.size()));
        }
        if (!args.isEmpty() && args.get(0).equals("fuzz")) {
            return new FuzzBenchmark(out, err).run(args.subList(1, args.size()));
        }
        if (!args.isEmpty() && args.get(0).equals("voice")) {
            return new VoiceBenchmark(setup, out, args.subList(1, args.size())).run();
        }
        if (args.size() != 1) {
            throw new UsageException("bench takes one name: tts, startup, voice, access, personal, soak --minutes N, fuzz [--inputs N]");
        }
        return switch (args.get(0)) {
            case "tts" -> new TtsBenchmark(setup, out).run();
            case "startup" -> new StartupBenchmark(out).run();
            case "access" -> new AccessBenchmark(setup, out).run();
            case "personal" -> new PersonalBenchmark(setup, out).run();
            default -> throw new UsageException("unknown benchmark \"" + args.get(0) + "\" (tts, startup, voice, access, personal, soak, fuzz)");
        };
    }
}
