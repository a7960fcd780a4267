package nl.verteller.app;

import java.awt.event.MouseEvent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.swing.KeyStroke;
import nl.verteller.access.Dwell;
import nl.verteller.access.Scanner;
import nl.verteller.access.SwitchFilter;
import nl.verteller.access.Trigger;
import nl.verteller.config.Config;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.Settings;
import nl.verteller.time.SwingScheduler;
import nl.verteller.ui.AccessInput;
import nl.verteller.ui.KioskFrame;
import nl.verteller.ui.MouseSwitch;
import nl.verteller.ui.SwitchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every way to press, and the one place that runs or pauses them as the settings say: switch keys
 * and mouse buttons (through a switch filter to the scanner), dwell, the voice switch and the talk
 * key. Switch keys and mouse buttons come from the configuration; while scanning is off, the switch
 * keys (Space and Enter by default) work as ordinary keys. EDT only.
 */
final class InputService {
    private static final Logger LOG = LoggerFactory.getLogger(InputService.class);
    private static final Map<String, Integer> MOUSE_BUTTONS = Map.of("middle", MouseEvent.BUTTON2,
            "right", MouseEvent.BUTTON3);
    private static final Predicate<Settings> SCANNING = s -> s.get(Setting.SCANNING) != Setting.SCAN_OFF;

    private final Map<Trigger, Predicate<Settings>> triggers = new LinkedHashMap<>();
    private final KioskFrame frame;
    private final Scanner scanner;
    private final Dwell dwell;
    private Settings applied;
    private boolean reading;
    private Runnable talk = () -> { };

    private InputService(KioskFrame frame, Scanner scanner, Dwell dwell) {
        this.frame = frame;
        this.scanner = scanner;
        this.dwell = dwell;
    }

    /** Scanning by switch keys and mouse buttons, and dwell, on {@code frame}, as {@code settings} say for now. */
    static InputService install(Config config, KioskFrame frame, Settings settings) {
        SwingScheduler scheduler = new SwingScheduler();
        Dwell dwell = new Dwell(scheduler, settings.get(Setting.DWELL_TIME), AccessInput::showProgress);
        Scanner scanner = new Scanner(scheduler, Scanner.Mode.AUTO, settings.get(Setting.SCAN_TIME),
                config.get(Config.ACCESS_SCAN_ROUNDS), frame::scanGroups, frame::scanStart);
        InputService inputs = new InputService(frame, scanner, dwell);
        scanner.onRunning(on -> frame.scanResting(!on && inputs.scanning()));
        AccessInput.followPointer(frame, dwell);
        inputs.add(dwell, s -> s.on(Setting.DWELL));
        long accept = config.get(Config.ACCESS_SWITCH_ACCEPT_MS);
        long repeat = config.get(Config.ACCESS_SWITCH_REPEAT_MS);
        inputs.add(SwitchKeys.on(frame, keys(Config.ACCESS_SWITCH_SELECT, config),
                new SwitchFilter(scheduler, accept, repeat, scanner::select)), SCANNING);
        inputs.add(SwitchKeys.on(frame, keys(Config.ACCESS_SWITCH_MOVE, config),
                new SwitchFilter(scheduler, accept, repeat, scanner::move)), SCANNING);
        mouseButton(Config.ACCESS_MOUSE_SELECT, config).ifPresent(button -> inputs.add(MouseSwitch.on(frame, button,
                new SwitchFilter(scheduler, accept, repeat, scanner::select)), SCANNING));
        mouseButton(Config.ACCESS_MOUSE_MOVE, config).ifPresent(button -> inputs.add(MouseSwitch.on(frame, button,
                new SwitchFilter(scheduler, accept, repeat, scanner::move)), SCANNING));
        if (config.get(Config.VOICE_PUSH_TO_TALK)) {
            // The talk key is a switch of the kiosk window too; it opens voice control's listening window.
            inputs.add(SwitchKeys.on(frame, keys(Config.VOICE_PUSH_TO_TALK_KEY, config),
                    new SwitchFilter(scheduler, 0, 0, () -> inputs.talk.run())), s -> true);
        }
        inputs.apply(settings);
        return inputs;
    }


    /** What the talk key does (opens voice control's listening window), once voice control runs. */
    void onTalkKey(Runnable action) {
        talk = action;
    }

    /** Runs {@code trigger} whenever {@code when} holds for the settings, from now on. */
    void add(Trigger trigger, Predicate<Settings> when) {
        triggers.put(trigger, when);
        if (applied != null) {
            trigger.setRunning(when.test(applied));
        }
    }

    /**
     * Follows the kiosk: its settings, and scanning rests while a chapter is read aloud, so a stray
     * press cannot act on the control bar; the next press brings it back, at the top bar.
     */
    void follow(KioskState state) {
        if (state.reading() && !reading) {
            scanner.stop();
        }
        reading = state.reading();
        apply(state.settings());
    }

    /** Follows the settings; does nothing when they are unchanged. */
    void apply(Settings settings) {
        if (settings.equals(applied)) {
            return;
        }
        applied = settings;
        triggers.forEach((trigger, when) -> trigger.setRunning(when.test(settings)));
        int scan = settings.get(Setting.SCANNING);
        if (scan == Setting.SCAN_OFF) {
            scanner.stop();
        } else {
            scanner.configure(scan == Setting.ONE_SWITCH ? Scanner.Mode.AUTO : Scanner.Mode.STEP,
                    settings.get(Setting.SCAN_TIME));
        }
        frame.showScanning(scan != Setting.SCAN_OFF);
        frame.scanResting(scan != Setting.SCAN_OFF && !scanner.scanning());
        dwell.setDwellMillis(settings.get(Setting.DWELL_TIME));
        frame.repaint();
    }

    boolean scanning() {
        return SCANNING.test(applied);
    }

    /** A switch press from elsewhere (the voice switch): chooses, while scanning is on. */
    void select() {
        if (scanning()) {
            scanner.select();
        }
    }

    Scanner scanner() {
        return scanner;
    }

    /** Key codes for a comma-separated list of Java key names ({@code SPACE}, {@code F2}); bad names are named. */
    static Set<Integer> keys(Config.Key<String> key, Config config) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (String name : config.get(key).split(",")) {
            String trimmed = name.strip().toUpperCase(Locale.ROOT);
            KeyStroke stroke = trimmed.isEmpty() ? null : KeyStroke.getKeyStroke(trimmed);
            if (stroke == null) {
                LOG.warn("Configuration: {} has \"{}\", which is not a key name (use names such as SPACE, ENTER, F2)",
                        key.name(), name.strip());
            } else {
                codes.add(stroke.getKeyCode());
            }
        }
        return codes;
    }

    private static Optional<Integer> mouseButton(Config.Key<String> key, Config config) {
        return Optional.ofNullable(MOUSE_BUTTONS.get(config.get(key)));
    }
}
