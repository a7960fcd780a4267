package nl.verteller.bench;

import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench startup}: from starting a fresh JVM to the kiosk's first painted screen, as the wall
 * time the starting process sees, against a bare Swing window painting one label (the baseline,
 * measured in the same run, alternating with the kiosk). Needs a display (Xvfb will do).
 */
public final class StartupBenchmark {
    /** The entry point, by name: it sits above the command line that runs this benchmark. */
    private static final String MAIN = "nl.verteller.Main";

    private static final int RUNS = 5;
    private static final Pattern PAINTED = Pattern.compile("\\{\"painted_ms\":(\\d+)}");

    private final PrintStream out;

    public StartupBenchmark(PrintStream out) {
        this.out = out;
    }

    public int run() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("bench startup needs a display: set DISPLAY or run under xvfb-run");
            return 1;
        }
        List<double[]> kiosk = new ArrayList<>();
        List<double[]> baseline = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            kiosk.add(time(MAIN, "--windowed", "--startup-probe"));
            baseline.add(time(StartupBaseline.class.getName()));
        }
        out.println(Figure.against("startup.first_paint", median(kiosk, 0), median(baseline, 0), "ms").json());
        out.println(Figure.against("startup.first_paint_since_jvm_start", median(kiosk, 1), median(baseline, 1), "ms").json());
        return 0;
    }

    /** Starts {@code mainClass} in a new JVM; returns {wall ms to the painted line, ms it reported}. */
    private static double[] time(String mainClass, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher painted = PAINTED.matcher(line.strip());
                    if (painted.matches()) {
                        double wall = (System.nanoTime() - start) / 1e6;
                        process.destroy();
                        process.waitFor(10, TimeUnit.SECONDS);
                        return new double[] {wall, Double.parseDouble(painted.group(1))};
                    }
                }
            } finally {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + mainClass + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException(mainClass + " ended without painting");
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> values = runs.stream().map(r -> r[index]).sorted().toList();
        return values.get(values.size() / 2);
    }
}
