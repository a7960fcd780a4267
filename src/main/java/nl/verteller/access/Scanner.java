package nl.verteller.access;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.verteller.time.Scheduler;

/**
 * Switch scanning over the targets of the screen, in groups (top bar, screen content, control bar)
 * and then items: a highlight moves, a switch chooses. Automatic (one switch: the highlight moves by
 * itself every {@code stepMillis}) or step-by-step (two switches: one moves, one chooses).
 *
 * <p>A group is chosen, then an item in it; an item is activated as a touch would. After an item,
 * scanning starts again in the group of the screen's preferred target, at that target (on the
 * reader: Read/Pause). A group scanned round once without a choice hands back to the groups. After
 * {@code rounds} rounds without any choice the scan stops; the next press starts it again.
 * Runs on the scheduler's thread (the EDT in the kiosk).
 */
public final class Scanner {
    /** How the highlight moves. */
    public enum Mode {
        /** One switch: the highlight moves by itself. */
        AUTO,
        /** Two switches: one moves the highlight, the other chooses. */
        STEP
    }

    private final Scheduler scheduler;
    private Mode mode;
    private long stepMillis;
    private final int rounds;
    private final Supplier<List<List<ScanTarget>>> groups;
    private final Supplier<ScanTarget> preferred;
    private Consumer<ScanTarget> announce = target -> { };
    private Consumer<Boolean> running = on -> { };

    private List<List<ScanTarget>> current = List.of();
    private int group = -1;
    private int item = -1;
    private boolean scanning;
    private int steps;
    private Scheduler.Cancellable timer;

    /**
     * @param groups    the screen's targets now, in groups, in reading order
     * @param preferred the target to restart at after a choice (null: the first)
     */
    public Scanner(Scheduler scheduler, Mode mode, long stepMillis, int rounds,
            Supplier<List<List<ScanTarget>>> groups, Supplier<ScanTarget> preferred) {
        this.scheduler = scheduler;
        this.mode = mode;
        this.stepMillis = stepMillis;
        this.rounds = rounds;
        this.groups = groups;
        this.preferred = preferred;
    }

    /**
     * Auditory scanning: {@code announce} is told each item the highlight lands on (for a group, its
     * first item), so its word can be said softly for people who see poorly.
     */
    public void announceWith(Consumer<ScanTarget> listener) {
        this.announce = listener;
    }

    /**
     * {@code listener} is told when scanning starts and when it stops (after its rounds, or resting
     * while the kiosk reads), so the screen can say "press your switch to start".
     */
    public void onRunning(Consumer<Boolean> listener) {
        this.running = listener;
    }

    /** New settings (from the settings screen): a change of mode stops the scan; the next press starts it. */
    public void configure(Mode newMode, long newStepMillis) {
        if (newMode != mode) {
            stop();
        }
        mode = newMode;
        stepMillis = newStepMillis;
    }

    /** The choose switch: starts a stopped scan, enters the highlighted group, or activates the item. */
    public void select() {
        if (!scanning) {
            restart();
            return;
        }
        if (item < 0) {
            enterGroup(group, 0);
            return;
        }
        ScanTarget chosen = current.get(group).get(item);
        clear();
        chosen.activate();
        restart();
    }

    /** The move switch (step mode); in automatic mode it also starts a stopped scan. */
    public void move() {
        if (!scanning) {
            restart();
        } else {
            advance();
        }
    }

    public boolean scanning() {
        return scanning;
    }

    /** The highlighted target, or null when a group or nothing is highlighted. */
    public ScanTarget highlightedItem() {
        return scanning && item >= 0 ? current.get(group).get(item) : null;
    }

    /** The highlighted group's index, or -1. */
    public int highlightedGroup() {
        return scanning ? group : -1;
    }

    /** Stops scanning and clears the highlight. */
    public void stop() {
        clear();
        cancelTimer();
        if (scanning) {
            scanning = false;
            running.accept(false);
        }
    }

    private void restart() {
        current = groups.get().stream().filter(g -> !g.isEmpty()).toList();
        if (current.isEmpty()) {
            stop();
            return;
        }
        if (!scanning) {
            scanning = true;
            running.accept(true);
        }
        steps = 0;
        ScanTarget start = preferred.get();
        for (int g = 0; start != null && g < current.size(); g++) {
            int at = current.get(g).indexOf(start);
            if (at >= 0) {
                enterGroup(g, at);
                return;
            }
        }
        if (current.size() == 1) {
            enterGroup(0, 0);
        } else {
            show(0, -1);
        }
    }

    private void enterGroup(int g, int at) {
        steps = 0;
        show(g, at);
    }

    /** Moves the highlight one place; counts rounds; stops or leaves a group when they run out. */
    private void advance() {
        steps++;
        if (item >= 0) {
            int size = current.get(group).size();
            if (steps >= size && current.size() > 1) {
                steps = 0;
                show(group, -1);
                return;
            }
            if (steps >= size * rounds) {
                stop();
                return;
            }
            show(group, (item + 1) % size);
        } else {
            if (steps >= current.size() * rounds) {
                stop();
                return;
            }
            show((group + 1) % current.size(), -1);
        }
    }

    private void show(int g, int at) {
        clear();
        group = g;
        item = at;
        if (at >= 0) {
            current.get(g).get(at).highlight(true);
        } else {
            current.get(g).forEach(t -> t.highlight(true));
        }
        announce.accept(current.get(g).get(Math.max(0, at)));
        cancelTimer();
        if (mode == Mode.AUTO) {
            timer = scheduler.schedule(stepMillis, this::advance);
        }
    }

    private void clear() {
        if (group >= 0 && group < current.size()) {
            current.get(group).forEach(t -> t.highlight(false));
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
