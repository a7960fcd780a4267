package nl.verteller.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.verteller.content.FileReasons;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings screen's values as configuration keys: read from the configuration at start, and saved
 * into its file after every change, on a thread of its own (never the EDT). Saving rewrites only the
 * lines of these keys, so the staff's other lines and comments stay as they are.
 */
public final class SettingsFile implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final String[] SCAN_MODES = {"off", "auto", "step"};

    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "settings-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** @param file where to save; null to keep changes for this run only */
    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings as configured. Scanning is applied before the voice switch, which needs it. */
    public static Settings read(Config config) {
        return Settings.standard()
                .with(Setting.SCAN_TIME, config.get(Config.ACCESS_SCAN_MS))
                .with(Setting.DWELL_TIME, config.get(Config.ACCESS_DWELL_MS))
                .with(Setting.TEXT_SIZE, config.get(Config.UI_TEXT_SIZE))
                .with(Setting.VOICE_SPEED, config.get(Config.READING_RATE_STEP))
                .with(Setting.VOICE_CONTROL, config.get(Config.VOICE_ENABLED) ? 1 : 0)
                .with(Setting.SCANNING, List.of(SCAN_MODES).indexOf(config.get(Config.ACCESS_SCAN)))
                .with(Setting.DWELL, config.get(Config.ACCESS_DWELL) ? 1 : 0)
                .with(Setting.VOICE_SWITCH, config.get(Config.ACCESS_VOICE_SWITCH) ? 1 : 0);
    }

    /** The configuration lines for {@code settings}, key to value. */
    static Map<String, String> lines(Settings settings) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(Config.ACCESS_SCAN_MS.name(), Integer.toString(settings.get(Setting.SCAN_TIME)));
        lines.put(Config.ACCESS_DWELL_MS.name(), Integer.toString(settings.get(Setting.DWELL_TIME)));
        lines.put(Config.UI_TEXT_SIZE.name(), Integer.toString(settings.get(Setting.TEXT_SIZE)));
        lines.put(Config.READING_RATE_STEP.name(), Integer.toString(settings.get(Setting.VOICE_SPEED)));
        lines.put(Config.VOICE_ENABLED.name(), Boolean.toString(settings.on(Setting.VOICE_CONTROL)));
        lines.put(Config.ACCESS_SCAN.name(), SCAN_MODES[settings.get(Setting.SCANNING)]);
        lines.put(Config.ACCESS_DWELL.name(), Boolean.toString(settings.on(Setting.DWELL)));
        lines.put(Config.ACCESS_VOICE_SWITCH.name(), Boolean.toString(settings.on(Setting.VOICE_SWITCH)));
        return lines;
    }

    /** Saves {@code settings} soon, in the background. Any thread. */
    public void save(Settings settings) {
        if (file != null) {
            writer.execute(() -> write(lines(settings)));
        }
    }

    /**
     * Rewrites the lines of {@code values}' keys; every other line is kept byte for byte (even one that
     * is not UTF-8), and the file keeps its permissions (a 0600 file holding the PIN stays 0600).
     */
    private void write(Map<String, String> values) {
        try {
            byte[] old = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + 256);
            Map<String, String> left = new LinkedHashMap<>(values);
            int start = 0;
            for (int i = 0; i < old.length; i++) {
                if (old[i] == '\n') {
                    line(old, start, i, left, out);
                    start = i + 1;
                }
            }
            if (start < old.length) {
                line(old, start, old.length, left, out);
            }
            if (!left.isEmpty()) {
                out.write("# Set on the settings screen\n".getBytes(StandardCharsets.UTF_8));
                left.forEach((key, value) -> out.writeBytes((key + " = " + value + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".saving");
            Files.deleteIfExists(temporary);
            if (Files.exists(file)) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(mode));
            }
            Files.write(temporary, out.toByteArray());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot save the settings to {} ({}); they hold until the kiosk restarts", file,
                    e instanceof IOException io ? FileReasons.of(io) : e.toString());
        }
    }

    /** Copies one line (without its newline) to {@code out}, or its key's new value in its place. */
    private static void line(byte[] bytes, int from, int to, Map<String, String> left, ByteArrayOutputStream out) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        String key = SettingsText.keyOf(text);
        if (key != null && left.containsKey(key)) {
            out.writeBytes((key + " = " + left.remove(key) + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(bytes, from, to - from);
            out.write('\n');
        }
    }

    /** Waits for saves in progress. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
