package nl.verteller.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.verteller.time.Scheduler;

/**
 * Virtual time: tasks run only when the clock is advanced past them, in time order. For tests and
 * for benchmarks that simulate a user, so neither waits for real time.
 */
public final class VirtualScheduler implements Scheduler {
    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;

    private final class Task implements Cancellable {
        final long at;
        final long seq = order++;
        final Runnable body;
        boolean cancelled;

        Task(long at, Runnable body) {
            this.at = at;
            this.body = body;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        Task made = new Task(now + delayMillis, task);
        tasks.add(made);
        return made;
    }

    /** Moves the clock forward, running every task that falls due on the way. */
    public void advance(long millis) {
        long end = now + millis;
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && t.at <= end)
                    .min(Comparator.comparingLong((Task t) -> t.at).thenComparingLong(t -> t.seq)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.at;
            next.body.run();
        }
        tasks.removeIf(t -> t.cancelled);
        now = end;
    }
}
