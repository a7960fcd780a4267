package nl.verteller.time;

import javax.swing.Timer;

/** Real time on the EDT, with one-shot Swing timers. */
public final class SwingScheduler implements Scheduler {
    @Override
    public long now() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        Timer timer = new Timer((int) Math.max(0, delayMillis), e -> task.run());
        timer.setRepeats(false);
        timer.start();
        return timer::stop;
    }
}
