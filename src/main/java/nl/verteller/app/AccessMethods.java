package nl.verteller.app;

import java.awt.event.MouseEvent;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import nl.verteller.access.Dwell;
import nl.verteller.access.Scanner;
import nl.verteller.access.SwitchFilter;
import nl.verteller.config.Config;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.Settings;
import nl.verteller.time.SwingScheduler;
import nl.verteller.ui.AccessInput;
import nl.verteller.ui.BigButton;
import nl.verteller.ui.KioskFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switch scanning and dwell on the kiosk window, following the settings screen: both are always
 * installed and turned on, off or re-timed by {@link #apply}. Switch keys and mouse buttons come from
 * the configuration; while scanning is off, the switch keys (Space and Enter by default) work as
 * ordinary keys. EDT only.
 */
final class AccessMethods {
    private static final Logger LOG = LoggerFactory.getLogger(AccessMethods.class);
    private static final Map<String, Integer> MOUSE_BUTTONS = Map.of("middle", MouseEvent.BUTTON2,
            "right", MouseEvent.BUTTON3);

    private final KioskFrame frame;
    private final Scanner scanner;
    private final Dwell dwell;
    private Settings applied;
    private boolean reading;

    private AccessMethods(KioskFrame frame, Scanner scanner, Dwell dwell) {
        this.frame = frame;
        this.scanner = scanner;
        this.dwell = dwell;
    }

    /** Installs scanning and dwell on {@code frame}, as {@code settings} say for now. */
    static AccessMethods install(Config config, KioskFrame frame, Settings settings) {
        SwingScheduler scheduler = new SwingScheduler();
        Dwell dwell = new Dwell(scheduler, settings.get(Setting.DWELL_TIME), AccessInput::showProgress);
        Scanner scanner = new Scanner(scheduler, Scanner.Mode.AUTO, settings.get(Setting.SCAN_TIME),
                config.get(Config.ACCESS_SCAN_ROUNDS), frame::scanGroups, frame::scanStart);
        AccessMethods access = new AccessMethods(frame, scanner, dwell);
        scanner.onRunning(on -> frame.scanResting(!on && access.scanning()));
        AccessInput.installDwell(frame, access::dwelling, dwell);
        long accept = config.get(Config.ACCESS_SWITCH_ACCEPT_MS);
        long repeat = config.get(Config.ACCESS_SWITCH_REPEAT_MS);
        AccessInput.installSwitch(frame, keys(Config.ACCESS_SWITCH_SELECT, config), access::scanning,
                new SwitchFilter(scheduler, accept, repeat, scanner::select));
        AccessInput.installSwitch(frame, keys(Config.ACCESS_SWITCH_MOVE, config), access::scanning,
                new SwitchFilter(scheduler, accept, repeat, scanner::move));
        mouseButton(Config.ACCESS_MOUSE_SELECT, config).ifPresent(button -> AccessInput.installMouseSwitch(frame,
                button, access::scanning, new SwitchFilter(scheduler, accept, repeat, scanner::select)));
        mouseButton(Config.ACCESS_MOUSE_MOVE, config).ifPresent(button -> AccessInput.installMouseSwitch(frame,
                button, access::scanning, new SwitchFilter(scheduler, accept, repeat, scanner::move)));
        access.apply(settings);
        return access;
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
        int scan = settings.get(Setting.SCANNING);
        if (scan == Setting.SCAN_OFF) {
            scanner.stop();
        } else {
            scanner.configure(scan == Setting.ONE_SWITCH ? Scanner.Mode.AUTO : Scanner.Mode.STEP,
                    settings.get(Setting.SCAN_TIME));
        }
        UIManager.put(BigButton.SCANNING, scan != Setting.SCAN_OFF);
        frame.scanResting(scan != Setting.SCAN_OFF && !scanner.scanning());
        dwell.setDwellMillis(settings.get(Setting.DWELL_TIME));
        if (!settings.on(Setting.DWELL)) {
            dwell.stop();
        }
        frame.repaint();
    }

    boolean scanning() {
        return applied.get(Setting.SCANNING) != Setting.SCAN_OFF;
    }

    private boolean dwelling() {
        return applied.on(Setting.DWELL);
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
