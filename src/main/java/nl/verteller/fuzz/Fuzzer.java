package nl.verteller.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Feeds one {@link FuzzTarget} many mutated inputs and counts the crashes: anything its contract
 * does not allow, and an input that takes longer than {@link #HANG_SECONDS} (a hang). Each input
 * runs on a worker thread with the platform's default stack, as the kiosk's own threads have. The
 * corpus grows with a share of the mutants, so mutations build on mutations.
 */
public final class Fuzzer {
    static final int HANG_SECONDS = 5;
    private static final int CORPUS_LIMIT = 256;

    private final FuzzTarget target;
    private final Mutator mutator;
    private final java.util.Random pick;

    public Fuzzer(FuzzTarget target, long seed) {
        this.target = target;
        this.mutator = new Mutator(seed);
        this.pick = new java.util.Random(seed ^ 0x5DEECE66DL);
    }

    /**
     * One crash: what the target threw (or that it hung) on an input.
     *
     * @param failure the exception's class and message, or "hang"
     * @param input   the input's first bytes, escaped
     * @param length  the input's length
     */
    public record Crash(String failure, String input, int length) {
    }

    /** What a run found. */
    public record Result(FuzzTarget target, int inputs, List<Crash> crashes, long nanos) {
        public double inputsPerSecond() {
            return inputs / (nanos / 1e9);
        }
    }

    /** Runs {@code count} inputs (the seeds first). */
    public Result run(int count) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("verteller-fuzz");
        ExecutorService worker = newWorker();
        List<byte[]> corpus = new ArrayList<>(target.seeds());
        List<Crash> crashes = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                byte[] input = i < corpus.size() && i < target.seeds().size() ? corpus.get(i)
                        : mutator.mutate(corpus.get(pick.nextInt(corpus.size())), corpus.get(pick.nextInt(corpus.size())));
                Future<?> fed = worker.submit(() -> {
                    target.feed(input, scratch);
                    return null;
                });
                try {
                    fed.get(HANG_SECONDS, TimeUnit.SECONDS);
                    if (pick.nextInt(100) == 0) {
                        corpus.set(corpus.size() < CORPUS_LIMIT ? add(corpus) : pick.nextInt(corpus.size()), input);
                    }
                } catch (ExecutionException e) {
                    crashes.add(new Crash(e.getCause().toString(), Escaped.of(input, 80), input.length));
                } catch (TimeoutException e) {
                    crashes.add(new Crash("hang (over " + HANG_SECONDS + " s)", Escaped.of(input, 80), input.length));
                    worker.shutdownNow();
                    worker = newWorker();
                }
            }
        } finally {
            worker.shutdownNow();
            delete(scratch);
        }
        return new Result(target, count, crashes, System.nanoTime() - start);
    }

    private static int add(List<byte[]> corpus) {
        corpus.add(null);
        return corpus.size() - 1;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** An input as printable text, for a report. */
    static final class Escaped {
        private Escaped() {
        }

        static String of(byte[] input, int most) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Math.min(most, input.length); i++) {
                int b = input[i] & 0xff;
                text.append(b >= 0x20 && b < 0x7f && b != '\\' ? Character.toString(b) : String.format("\\x%02x", b));
            }
            return input.length > most ? text + "…" : text.toString();
        }
    }
}
