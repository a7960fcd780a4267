package nl.verteller.time;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Real time on a daemon thread of its own, named by its owner: for timed work that must stay off the
 * EDT, such as looking at a folder that may be a slow network share.
 */
public final class ThreadScheduler implements Scheduler, AutoCloseable {
    private final ScheduledExecutorService executor;

    public ThreadScheduler(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public long now() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the thread; a task already running finishes, none starts. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
