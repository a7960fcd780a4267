package nl.verteller.app;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import nl.verteller.access.Dwell;
import nl.verteller.access.Scanner;
import nl.verteller.access.SwitchFilter;
import nl.verteller.time.SwingScheduler;
import nl.verteller.ui.AccessInput;
import nl.verteller.ui.BigButton;
import nl.verteller.ui.KioskFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns on switch scanning and dwell as configured. EDT only. */
final class AccessSetup {
    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    private AccessSetup() {
    }

    /** Installs what the configuration asks for; returns the scanner, or null when scanning is off. */
    static Scanner install(Config config, KioskFrame frame) {
        SwingScheduler scheduler = new SwingScheduler();
        if (config.get(Config.ACCESS_DWELL)) {
            AccessInput.installDwell(frame, new Dwell(scheduler, config.get(Config.ACCESS_DWELL_MS), AccessInput::showProgress));
        }
        String mode = config.get(Config.ACCESS_SCAN);
        if (mode.equals("off")) {
            return null;
        }
        UIManager.put(BigButton.SCANNING, true);
        Scanner scanner = new Scanner(scheduler, mode.equals("auto") ? Scanner.Mode.AUTO : Scanner.Mode.STEP,
                config.get(Config.ACCESS_SCAN_MS), config.get(Config.ACCESS_SCAN_ROUNDS), frame::scanGroups,
                frame::scanStart);
        long accept = config.get(Config.ACCESS_SWITCH_ACCEPT_MS);
        long repeat = config.get(Config.ACCESS_SWITCH_REPEAT_MS);
        AccessInput.installSwitch(frame, keys(Config.ACCESS_SWITCH_SELECT, config),
                new SwitchFilter(scheduler, accept, repeat, scanner::select));
        AccessInput.installSwitch(frame, keys(Config.ACCESS_SWITCH_MOVE, config),
                new SwitchFilter(scheduler, accept, repeat, scanner::move));
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
}
