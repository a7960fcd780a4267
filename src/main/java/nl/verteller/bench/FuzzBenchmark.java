package nl.verteller.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import nl.verteller.cli.Args;
import nl.verteller.cli.UsageException;
import nl.verteller.fuzz.FuzzTarget;
import nl.verteller.fuzz.Fuzzer;

/**
 * {@code bench fuzz [--inputs N] [TARGET…]}: every file reader (or the ones named) the kiosk has ({@link FuzzTarget}) fed N mutated
 * inputs (100 000 by default); prints per target the inputs tried, the crashes found (each also on
 * stderr with the input) and the inputs per second.
 */
public final class FuzzBenchmark {
    static final int DEFAULT_INPUTS = 100_000;

    private final PrintStream out;
    private final PrintStream err;

    public FuzzBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) throws UsageException, IOException, InterruptedException {
        Args parsed = Args.parse(args, Set.of("--inputs"), Set.of());
        int inputs = parsed.has("--inputs") ? parsed.positiveInt("--inputs") : DEFAULT_INPUTS;
        List<FuzzTarget> targets = new java.util.ArrayList<>();
        for (String word : parsed.words()) {
            targets.add(java.util.Arrays.stream(FuzzTarget.values())
                    .filter(t -> t.name().equalsIgnoreCase(word)).findFirst()
                    .orElseThrow(() -> new UsageException("no fuzz target \"" + word + "\" (markdown, settings,"
                            + " profiles, wav)")));
        }
        int crashes = 0;
        for (FuzzTarget target : targets.isEmpty() ? List.of(FuzzTarget.values()) : targets) {
            Fuzzer.Result result = new Fuzzer(target, target.ordinal() + 1L).run(inputs);
            String name = "fuzz." + target.name().toLowerCase(java.util.Locale.ROOT);
            out.println(Figure.of(name + ".inputs", result.inputs(), "inputs").json());
            out.println(Figure.of(name + ".crashes", result.crashes().size(), "crashes").json());
            out.println(Figure.of(name + ".speed", result.inputsPerSecond(), "inputs/s").json());
            result.crashes().forEach(crash -> err.printf("%s crash: %s on %d bytes: %s%n", name, crash.failure(),
                    crash.length(), crash.input()));
            crashes += result.crashes().size();
        }
        return crashes == 0 ? 0 : 1;
    }
}
