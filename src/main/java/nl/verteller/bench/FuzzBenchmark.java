package nl.verteller.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import nl.verteller.fuzz.FuzzTarget;
import nl.verteller.fuzz.Fuzzer;

/**
 * {@code bench fuzz [--inputs N] [TARGET…]}: every file reader (or the ones named) the kiosk has ({@link FuzzTarget}) fed N mutated
 * inputs (100 000 by default); prints per target the inputs tried, the crashes found (each also on
 * stderr with the input) and the inputs per second.
 */
public final class FuzzBenchmark {
    public static final int DEFAULT_INPUTS = 100_000;

    private final PrintStream out;
    private final PrintStream err;

    public FuzzBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @param targets the targets to fuzz, all when empty */
    public int run(int inputs, List<FuzzTarget> targets) throws IOException, InterruptedException {
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
