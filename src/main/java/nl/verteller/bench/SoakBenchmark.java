package nl.verteller.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;
import nl.verteller.app.Kiosk;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.kiosk.Setting;
import nl.verteller.setup.Setup;
import nl.verteller.ui.BigButton;
import org.slf4j.LoggerFactory;

/**
 * {@code bench soak --minutes N}: drives the real kiosk (under a display) with a random stream of
 * input from every method at once: touches on visible buttons, keys, switch presses (scanning),
 * pointer dwell and spoken commands (handed over as voice control does). After 30 s of warming up,
 * reports the inputs handled, errors (logged errors and uncaught exceptions), heap after GC and
 * live threads at the start and the end.
 */
public final class SoakBenchmark {
    private static final int INPUTS_PER_SECOND = 10;

    private final PrintStream out;
    private final Random random = new Random(11);

    public SoakBenchmark(PrintStream out) {
        this.out = out;
    }

    public int run(long minutes) throws InterruptedException, IOException {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("bench soak needs a display: set DISPLAY or run under xvfb-run");
            return 1;
        }
        AtomicInteger errors = countErrors();
        // Profiles made by the random NEW_PROFILE commands go to a file of their own, removed at the end.
        Path profiles = Files.createTempFile("verteller-soak-profiles", ".json");
        Files.delete(profiles);
        Setup setup = Setup.load(Config.fromMap("soak", Map.of("voice.enabled", "true", "access.scan", "step",
                "access.dwell", "true", "access.dwell.ms", "500", "access.switch.repeat.ms", "0",
                "profiles.file", profiles.toString())));
        int inputs = 0;
        try (Kiosk kiosk = Kiosk.start(setup, false, () -> { })) {
            // Warm up first: the first use of each voice, font and sound line allocates for good, and so
            // does the first teaching of own words (its model); voice control is on from the start.
            onEdt(() -> {
                kiosk.controller().handle(Command.of(Command.Kind.OWN_WORDS));
                kiosk.controller().handle(Command.teach(1));
            });
            drive(kiosk, TimeUnit.SECONDS.toNanos(30));
            long heapStart = heapAfterGc();
            int threadsStart = ManagementFactory.getThreadMXBean().getThreadCount();
            Map<String, Long> namesStart = threadNames();
            inputs = drive(kiosk, TimeUnit.MINUTES.toNanos(minutes));
            onEdt(() -> kiosk.controller().handle(Command.of(Command.Kind.HOME)));
            TimeUnit.SECONDS.sleep(2);
            long heapEnd = heapAfterGc();
            int threadsEnd = ManagementFactory.getThreadMXBean().getThreadCount();
            Map<String, Long> added = threadNames();
            added.replaceAll((name, count) -> count - namesStart.getOrDefault(name, 0L));
            added.values().removeIf(more -> more <= 0);
            if (!added.isEmpty()) {
                System.err.println("bench soak: threads alive at the end that were not at the start: " + added);
            }
            out.println(Figure.of("soak.minutes", minutes, "min").json());
            out.println(Figure.of("soak.inputs", inputs, "inputs").json());
            out.println(Figure.of("soak.errors", errors.get(), "errors").json());
            out.println(Figure.against("soak.heap_after_gc", heapEnd / 1048576.0, heapStart / 1048576.0, "MiB").json());
            out.println(Figure.against("soak.threads", threadsEnd, threadsStart, "threads").json());
        } finally {
            setup.close();
            Files.deleteIfExists(profiles);
        }
        return 0;
    }

    /** Random input for {@code nanos}; returns how many inputs were given. */
    private int drive(Kiosk kiosk, long nanos) throws InterruptedException {
        int inputs = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            onEdt(() -> oneInput(kiosk));
            inputs++;
            TimeUnit.MILLISECONDS.sleep(1000 / INPUTS_PER_SECOND);
        }
        return inputs;
    }

    /** One random input, as each method would give it. EDT. */
    private void oneInput(Kiosk kiosk) {
        List<BigButton> buttons = new ArrayList<>();
        collect(kiosk.frame().getContentPane(), buttons);
        buttons.removeIf(b -> b.getName() != null && b.getName().startsWith("language-") && random.nextInt(10) > 0);
        switch (random.nextInt(5)) {
            case 0 -> {
                if (!buttons.isEmpty()) {
                    buttons.get(random.nextInt(buttons.size())).doClick(0);
                }
            }
            case 1 -> {
                char key = "123456+-".charAt(random.nextInt(8));
                kiosk.frame().getRootPane().dispatchEvent(new KeyEvent(kiosk.frame().getRootPane(), KeyEvent.KEY_TYPED,
                        System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, key));
                kiosk.frame().getRootPane().dispatchEvent(new KeyEvent(kiosk.frame().getRootPane(), KeyEvent.KEY_PRESSED,
                        System.currentTimeMillis(), 0, KeyEvent.VK_1 + random.nextInt(6), KeyEvent.CHAR_UNDEFINED));
            }
            case 2 -> {
                if (random.nextBoolean()) {
                    kiosk.scanner().move();
                } else {
                    kiosk.scanner().select();
                }
            }
            case 3 -> {
                if (!buttons.isEmpty()) {
                    BigButton target = buttons.get(random.nextInt(buttons.size()));
                    int id = random.nextBoolean() ? MouseEvent.MOUSE_ENTERED : MouseEvent.MOUSE_EXITED;
                    target.dispatchEvent(new MouseEvent(target, id, System.currentTimeMillis(), 0, 5, 5, 0, false));
                }
            }
            default -> kiosk.controller().handle(randomCommand());
        }
    }

    private Command randomCommand() {
        Command.Kind kind = Command.Kind.values()[random.nextInt(Command.Kind.values().length)];
        return switch (kind) {
            case CHAPTER -> Command.chapter(1 + random.nextInt(7));
            case LEAFLET -> Command.leaflet(1 + random.nextInt(2));
            case LANGUAGE -> Command.language(random.nextBoolean() ? Language.NL : Language.EN);
            case INCREASE, DECREASE -> Command.step(randomSetting(), kind == Command.Kind.INCREASE ? 1 : -1);
            case SET -> {
                Setting setting = randomSetting();
                yield Command.set(setting, setting.isChoice() ? setting.lowest() + random.nextInt(setting.highest() + 1)
                        : setting.lowest());
            }
            case TEACH -> Command.teach(random.nextInt(OwnWords.BASIC.size() + 1));
            case PROFILE -> Command.profile(random.nextInt(3));
            default -> Command.of(kind);
        };
    }

    /** Any setting but the input methods themselves: the soak drives every method and keeps them on. */
    private Setting randomSetting() {
        List<Setting> numbers = List.of(Setting.SCAN_TIME, Setting.DWELL_TIME, Setting.TEXT_SIZE, Setting.VOICE_SPEED);
        return numbers.get(random.nextInt(numbers.size()));
    }

    private static void collect(Component component, List<BigButton> into) {
        if (component instanceof BigButton button && button.isShowing()) {
            into.add(button);
        } else if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, into);
            }
        }
    }

    private static void onEdt(Runnable action) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(action);
        } catch (InvocationTargetException e) {
            LoggerFactory.getLogger(SoakBenchmark.class).error("Input failed", e.getCause());
        }
    }

    /** Live threads by name, counted: pools name many threads alike. */
    private static Map<String, Long> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .collect(Collectors.groupingBy(Thread::getName, TreeMap::new, Collectors.counting()));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts logged errors and uncaught exceptions from now on. */
    private static AtomicInteger countErrors() {
        AtomicInteger errors = new AtomicInteger();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    errors.incrementAndGet();
                }
            }
        };
        counter.setContext(root.getLoggerContext());
        counter.start();
        root.addAppender(counter);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            errors.incrementAndGet();
            LoggerFactory.getLogger(SoakBenchmark.class).error("Uncaught in {}", thread.getName(), e);
        });
        return errors;
    }
}
