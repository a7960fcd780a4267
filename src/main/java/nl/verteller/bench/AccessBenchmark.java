package nl.verteller.bench;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import nl.verteller.access.ScanTarget;
import nl.verteller.access.Scanner;
import nl.verteller.app.Kiosk;
import nl.verteller.config.Config;
import nl.verteller.kiosk.Command;
import nl.verteller.setup.Setup;

/**
 * {@code bench access}: for each chapter, the presses (or dwells) and seconds a patient needs to open
 * it and start it reading (opening a chapter starts it), with one switch (automatic scanning), two
 * switches and dwell, at the default settings, on the real kiosk's chapter screen (under a display).
 * The user is simulated in virtual time and presses the moment the highlight reaches what they want;
 * with two switches each press is counted as {@value #STEP_PRESS_MS} ms. Dwell counts the dwell time.
 */
public final class AccessBenchmark {
    static final int STEP_PRESS_MS = 600;

    private final Setup setup;
    private final PrintStream out;

    public AccessBenchmark(Setup setup, PrintStream out) {
        this.setup = setup;
        this.out = out;
    }

    public int run() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("bench access needs a display: set DISPLAY or run under xvfb-run");
            return 1;
        }
        Setup quiet = Setup.load(Config.fromMap("bench", Map.of("voice.enabled", "false")));
        List<List<String>> groups;
        List<List<String>> readerGroups;
        try (Kiosk kiosk = Kiosk.start(quiet, false, () -> { })) {
            groups = scanGroups(kiosk);
            SwingUtilities.invokeAndWait(() -> {
                kiosk.controller().handle(Command.chapter(1));
                kiosk.controller().handle(Command.of(Command.Kind.PAUSE));
            });
            readerGroups = scanGroups(kiosk);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            quiet.close();
        }
        Config config = setup.config();
        int scanMs = config.get(Config.ACCESS_SCAN_MS);
        int dwellMs = config.get(Config.ACCESS_DWELL_MS);
        double worstOneSwitch = 0;
        String firstChapter = groups.stream().flatMap(List::stream).filter(n -> n.startsWith("chapter-")).findFirst()
                .orElse(null);
        for (String chapter : groups.stream().flatMap(List::stream).filter(n -> n.startsWith("chapter-")).toList()) {
            int[] auto = simulate(groups, chapter, Scanner.Mode.AUTO, scanMs, firstChapter);
            int[] step = simulate(groups, chapter, Scanner.Mode.STEP, scanMs, firstChapter);
            worstOneSwitch = Math.max(worstOneSwitch, auto[1] / 1000.0);
            out.println(Figure.of("access.one_switch.presses." + chapter, auto[0], "presses").json());
            out.println(Figure.of("access.one_switch.seconds." + chapter, auto[1] / 1000.0, "s").json());
            out.println(Figure.of("access.two_switches.presses." + chapter, step[0], "presses").json());
            out.println(Figure.of("access.two_switches.seconds." + chapter, step[0] * STEP_PRESS_MS / 1000.0, "s").json());
            out.println(Figure.of("access.dwell.dwells." + chapter, 1, "dwells").json());
            out.println(Figure.of("access.dwell.seconds." + chapter, dwellMs / 1000.0, "s").json());
        }
        out.println(Figure.of("access.one_switch.worst_seconds", worstOneSwitch, "s").json());
        // From the reader back home: scanning wakes there at the top bar (null: the groups, from the first).
        int[] home = simulate(readerGroups, "home", Scanner.Mode.AUTO, scanMs, null);
        out.println(Figure.of("access.one_switch.presses.reader_to_home", home[0], "presses").json());
        out.println(Figure.of("access.one_switch.seconds.reader_to_home", home[1] / 1000.0, "s").json());
        return 0;
    }

    /** The names in the scan groups of the screen shown. */
    private static List<List<String>> scanGroups(Kiosk kiosk) throws InterruptedException, InvocationTargetException {
        AtomicReference<List<List<String>>> names = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> names.set(kiosk.frame().scanGroups().stream()
                .map(group -> group.stream().map(ScanTarget::id).toList()).toList()));
        return names.get();
    }

    /**
     * Presses and ms to activate {@code wanted}, scanning {@code groups} as the kiosk would, starting at
     * {@code startAt} (null: at the groups, from the first).
     */
    static int[] simulate(List<List<String>> groups, String wanted, Scanner.Mode mode, long scanMs, String startAt) {
        VirtualScheduler clock = new VirtualScheduler();
        List<String> activated = new ArrayList<>();
        List<List<ScanTarget>> targets = groups.stream()
                .map(group -> group.stream().<ScanTarget>map(id -> new Named(id, activated)).toList()).toList();
        Scanner scanner = new Scanner(clock, mode, scanMs, 3, () -> targets,
                () -> targets.stream().flatMap(List::stream).filter(t -> t.id().equals(startAt)).findFirst()
                        .orElse(null));
        int groupOfWanted = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).contains(wanted)) {
                groupOfWanted = g;
            }
        }
        int presses = 1;
        if (mode == Scanner.Mode.AUTO) {
            scanner.select();
        } else {
            scanner.move();
        }
        long start = clock.now();
        for (int guard = 0; guard < 1000 && activated.isEmpty(); guard++) {
            ScanTarget item = scanner.highlightedItem();
            boolean onItem = item != null && item.id().equals(wanted);
            boolean onGroup = item == null && scanner.highlightedGroup() == groupOfWanted;
            if (onItem || onGroup) {
                scanner.select();
                presses++;
            } else if (mode == Scanner.Mode.STEP) {
                scanner.move();
                presses++;
            } else {
                clock.advance(scanMs);
            }
        }
        return new int[] {presses, (int) (clock.now() - start)};
    }

    /** A target known by name only: the simulation records what would have been activated. */
    private record Named(String id, List<String> activated) implements ScanTarget {
        @Override
        public void highlight(boolean on) {
            // Nothing to draw in a simulation.
        }

        @Override
        public void activate() {
            activated.add(id);
        }
    }
}
