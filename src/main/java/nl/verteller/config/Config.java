package nl.verteller.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.verteller.content.FileReasons;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.StaffPin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's configuration: one properties file (default: {@link Installation#settings()}), every
 * key optional. An unknown key or a bad value is reported with the key and
 * what is allowed, and that key keeps its default: a typo never stops the kiosk. A line that cannot
 * be read is named by its number and skipped; the other lines still count. The one exception is a
 * guard (the staff PIN): whatever makes its value uncertain locks it instead of dropping it. A relative
 * path means the same folder wherever the kiosk is started: a default is taken from the installation's
 * home folder, a value from the folder of the file it is written in.
 *
 * <p>Keys, with type and default:
 * <ul>
 *   <li>{@code content.dir} (folder, {@code content}): leaflets, {@code <lang>/<id>.md}</li>
 *   <li>{@code models.dir} (folder, {@code models}): speech models, {@code <lang>/}</li>
 *   <li>{@code language.start} ({@code nl|en}, {@code nl}): language after start and idle reset</li>
 *   <li>{@code voice.nl} ({@code espeak}, {@code espeak}), {@code voice.en} ({@code freetts|espeak},
 *       {@code freetts}): the voice per language</li>
 *   <li>{@code freetts.wpm} (80–300, 150): FreeTTS words per minute at normal rate</li>
 *   <li>{@code espeak.command} (text, {@code espeak-ng}); {@code espeak.voice.nl} (text, {@code nl});
 *       {@code espeak.voice.en} (text, {@code en-gb}); {@code espeak.wpm} (80–300, 150);
 *       {@code espeak.timeout.ms} (1000–60000, 10000): a longer synthesis is killed</li>
 *   <li>{@code audio.output} (text, {@code default}): part of the name of the audio output device</li>
 *   <li>{@code audio.buffer.ms} (40–500, 120): speaker buffer</li>
 *   <li>{@code reading.gap.ms} (0–2000, 350): silence between sentences at normal rate</li>
 *   <li>{@code reading.rate.step} (1–5, 3) and {@code reading.volume.step} (1–5, 3): at start and
 *       after idle reset</li>
 *   <li>{@code reading.autostart} (true|false, true): opening a chapter starts reading it</li>
 *   <li>{@code ui.theme} ({@code light|dark}, {@code light}): light, or high-contrast dark</li>
 *   <li>{@code ui.text.size} (20–48, 28): body text size in points at start and after idle reset</li>
 *   <li>{@code voice.min.confidence.percent} (0–100, 8): how clearly a command must beat the best
 *       reading that means something else</li>
 *   <li>{@code voice.min.margin} (0–20, 3): a reading of the speech that means another command must
 *       score at least this much below the best (Vosk n-best scores), else nothing is done</li>
 *   <li>{@code voice.commit.stable.ms} (40–1000, 120) and {@code voice.commit.silence.ms} (40–1000,
 *       240): a complete, unambiguous phrase acts once the recognizer's guess has held this long and
 *       the speaker has been silent this long, before the model's end-of-speech timer</li>
 *   <li>{@code voice.reject.unknown} (true|false, true): speech outside the phrases in an utterance
 *       rejects it</li>
 *   <li>{@code voice.silence.before.ms} (0–2000, 300): while the kiosk is silent, a command must follow
 *       this much silence; shorter pauses are taken as part of longer talk</li>
 *   <li>{@code voice.noise.floor} (0–100, 20): steady background noise is taken out of the microphone
 *       before recognition down to this percentage of its level at most (100: not at all, and the
 *       room's late reverberation stays in too)</li>
 *   <li>{@code audio.input} (text, {@code default}): part of the name of the microphone device</li>
 *   <li>{@code voice.enabled} (true|false, true): listen for spoken commands</li>
 *   <li>{@code voice.echo.cancel} (true|false, true): remove the kiosk's own narration from the
 *       microphone, so "pause" said over it is heard (see {@code EchoCanceller}); off only to compare</li>
 *   <li>{@code profiles.file} (file, {@code profiles.json}): patients' own words (text only)</li>
 *   <li>{@code voice.profile} (name, {@code guest}): whose own words the kiosk listens for too, at start and
 *       after idle reset (the own-words screen chooses another for a while)</li>
 *   <li>{@code voice.personal.model} ({@code en|nl}, {@code en}): the model that hears own words, in
 *       any language (the English one ships)</li>
 *   <li>{@code voice.push.to.talk} (true|false, false), {@code voice.push.to.talk.key} (key name,
 *       F3), {@code voice.push.to.talk.ms} (1000–30000, 5000): for noisy rooms, commands count only
 *       this long after the key (one command per press)</li>
 *   <li>{@code voice.log.phrases} (true|false, false): diagnostic only: log the phrases recognised as
 *       commands (never other speech, never audio)</li>
 *   <li>{@code kiosk.idle.minutes} (1–60, 3): after this long without input (and not reading), back to
 *       the start: home, start language, default text size, speed and volume</li>
 *   <li>{@code kiosk.admin.pin} (PIN line, empty): the staff PIN for the admin exit
 *       (Ctrl+Alt+Shift+Q), as made by {@code hash-pin} (salted PBKDF2); empty means the chord alone
 *       leaves. It fails closed: a value that cannot be used, an unknown {@code kiosk.admin.*} key, a
 *       line that cannot be read, or a settings file that cannot be read lock the exit (see
 *       {@link StaffPin})</li>
 *   <li>{@code access.scan} ({@code off|auto|step}, off): switch scanning, one switch (auto) or two (step)</li>
 *   <li>The settings screen saves {@code access.scan}, {@code access.scan.ms}, {@code access.dwell},
 *       {@code access.dwell.ms}, {@code access.voice.switch}, {@code voice.enabled}, {@code ui.text.size} and
 *       {@code reading.rate.step} into this file, leaving other lines as they are</li>
 *   <li>{@code access.scan.ms} (300–5000, 1000): how long the highlight stays on each place</li>
 *   <li>{@code access.scan.rounds} (1–10, 3): rounds without a choice before the scan stops</li>
 *   <li>{@code access.scan.speak} (true|false, false): say each highlighted word softly (not while
 *       the kiosk reads aloud)</li>
 *   <li>{@code access.switch.select} (key names, {@code SPACE,ENTER}) and {@code access.switch.move}
 *       (key names, {@code F2}): the keys a switch interface sends, as Java key names; while scanning
 *       is off they are ordinary keys</li>
 *   <li>{@code access.switch.select.mouse} and {@code access.switch.move.mouse} ({@code none|middle|right},
 *       none): a mouse button a switch interface sends as a switch (the left button stays touch)</li>
 *   <li>{@code access.switch.accept.ms} (0–2000, 0): a press must be held this long to count</li>
 *   <li>{@code access.switch.repeat.ms} (0–2000, 300): a press this soon after the last is ignored</li>
 *   <li>{@code access.voice.switch} (true|false, false) and {@code access.voice.switch.ms} (50–2000,
 *       150): any sound this long is a switch press for scanning (turning it on turns on one-switch
 *       scanning when scanning is off)</li>
 *   <li>{@code access.dwell} (true|false, false) and {@code access.dwell.ms} (500–3000, 1250): resting
 *       the pointer on a button presses it</li>
 * </ul>
 */
public final class Config {
    private static final Logger LOG = LoggerFactory.getLogger(Config.class);
    private static final Map<String, Key<?>> KEYS = new LinkedHashMap<>();

    public static final Key<Path> CONTENT_DIR = key("content.dir", "content", Path::of, "a folder");
    public static final Key<Path> MODELS_DIR = key("models.dir", "models", Path::of, "a folder");
    public static final Key<String> LANGUAGE_START = choice("language.start", "nl", "nl", "en");
    public static final Key<String> VOICE_NL = choice("voice.nl", "espeak", "espeak");
    public static final Key<String> VOICE_EN = choice("voice.en", "freetts", "freetts", "espeak");
    public static final Key<Integer> FREETTS_WPM = range("freetts.wpm", 150, 80, 300);
    public static final Key<String> ESPEAK_COMMAND = text("espeak.command", "espeak-ng");
    public static final Key<String> ESPEAK_VOICE_NL = text("espeak.voice.nl", "nl");
    public static final Key<String> ESPEAK_VOICE_EN = text("espeak.voice.en", "en-gb");
    public static final Key<Integer> ESPEAK_WPM = range("espeak.wpm", 150, 80, 300);
    public static final Key<Integer> ESPEAK_TIMEOUT_MS = range("espeak.timeout.ms", 10_000, 1000, 60_000);
    public static final Key<String> AUDIO_OUTPUT = text("audio.output", "default");
    public static final Key<Integer> AUDIO_BUFFER_MS = range("audio.buffer.ms", 120, 40, 500);
    public static final Key<Integer> READING_GAP_MS = range("reading.gap.ms", 350, 0, 2000);
    public static final Key<Integer> READING_RATE_STEP = range("reading.rate.step", Setting.VOICE_SPEED);
    public static final Key<Integer> READING_VOLUME_STEP = range("reading.volume.step", Setting.VOICE_SPEED);
    public static final Key<Boolean> READING_AUTOSTART = flag("reading.autostart", true);
    public static final Key<String> UI_THEME = choice("ui.theme", "light", "light", "dark");
    public static final Key<Integer> UI_TEXT_SIZE = range("ui.text.size", Setting.TEXT_SIZE);
    public static final Key<Integer> VOICE_MIN_MARGIN = range("voice.min.margin", 3, 0, 20);
    public static final Key<Integer> VOICE_MIN_CONFIDENCE = range("voice.min.confidence.percent", 8, 0, 100);
    public static final Key<Integer> VOICE_STABLE_MS = range("voice.commit.stable.ms", 120, 40, 1000);
    public static final Key<Integer> VOICE_END_SILENCE_MS = range("voice.commit.silence.ms", 240, 40, 1000);
    public static final Key<Boolean> VOICE_REJECT_UNKNOWN = flag("voice.reject.unknown", true);
    public static final Key<Integer> VOICE_SILENCE_BEFORE_MS = range("voice.silence.before.ms", 300, 0, 2000);
    public static final Key<Integer> VOICE_NOISE_FLOOR = range("voice.noise.floor", 20, 0, 100);
    public static final Key<String> AUDIO_INPUT = text("audio.input", "default");
    public static final Key<Boolean> VOICE_ENABLED = flag("voice.enabled", true);
    public static final Key<Boolean> VOICE_ECHO_CANCEL = flag("voice.echo.cancel", true);
    public static final Key<Boolean> VOICE_LOG_PHRASES = flag("voice.log.phrases", false);
    public static final Key<Boolean> VOICE_PUSH_TO_TALK = flag("voice.push.to.talk", false);
    public static final Key<String> VOICE_PUSH_TO_TALK_KEY = text("voice.push.to.talk.key", "F3");
    public static final Key<Integer> VOICE_PUSH_TO_TALK_MS = range("voice.push.to.talk.ms", 5000, 1000, 30_000);
    public static final Key<Path> PROFILES_FILE = key("profiles.file", "profiles.json", Path::of, "a file");
    public static final Key<String> VOICE_PROFILE = text("voice.profile", "guest");
    public static final Key<String> VOICE_PERSONAL_MODEL = choice("voice.personal.model", "en", "en", "nl");
    public static final Key<Integer> KIOSK_IDLE_MINUTES = range("kiosk.idle.minutes", 3, 1, 60);
    public static final Key<StaffPin> KIOSK_ADMIN_PIN = guard("kiosk.admin.pin", "", StaffPin::parse,
            "empty, or the line from: java -jar verteller.jar hash-pin PIN", StaffPin::locked);
    public static final Key<String> ACCESS_SCAN = choice("access.scan", "off", "off", "auto", "step");
    public static final Key<Integer> ACCESS_SCAN_MS = range("access.scan.ms", Setting.SCAN_TIME);
    public static final Key<Integer> ACCESS_SCAN_ROUNDS = range("access.scan.rounds", 3, 1, 10);
    public static final Key<Boolean> ACCESS_SCAN_SPEAK = flag("access.scan.speak", false);
    public static final Key<String> ACCESS_SWITCH_SELECT = text("access.switch.select", "SPACE,ENTER");
    public static final Key<String> ACCESS_SWITCH_MOVE = text("access.switch.move", "F2");
    public static final Key<String> ACCESS_MOUSE_SELECT = choice("access.switch.select.mouse", "none", "none",
            "middle", "right");
    public static final Key<String> ACCESS_MOUSE_MOVE = choice("access.switch.move.mouse", "none", "none", "middle",
            "right");
    public static final Key<Integer> ACCESS_SWITCH_ACCEPT_MS = range("access.switch.accept.ms", 0, 0, 2000);
    public static final Key<Integer> ACCESS_SWITCH_REPEAT_MS = range("access.switch.repeat.ms", 300, 0, 2000);
    public static final Key<Boolean> ACCESS_VOICE_SWITCH = flag("access.voice.switch", false);
    public static final Key<Integer> ACCESS_VOICE_SWITCH_MS = range("access.voice.switch.ms", 150, 50, 2000);
    public static final Key<Boolean> ACCESS_DWELL = flag("access.dwell", false);
    public static final Key<Integer> ACCESS_DWELL_MS = range("access.dwell.ms", Setting.DWELL_TIME);

    /** The default configuration file: the package's, or the one in the home folder. */
    public static final Path DEFAULT_FILE = Installation.current().settings();
    /** A settings file is a page of lines; a larger one is a mistake and is not read. */
    static final long MAX_BYTES = 1024 * 1024;

    private final Map<Key<?>, Object> values;
    private final List<String> problems;
    private final Path file;
    /** Where relative paths among the values are taken from; null: the working folder. */
    private final Path valuesFolder;

    private Config(Map<Key<?>, Object> values, List<String> problems, Path file, Path valuesFolder) {
        this.values = values;
        this.problems = List.copyOf(problems);
        this.file = file;
        this.valuesFolder = valuesFolder;
    }

    /** Every key at its default. */
    public static Config defaults() {
        return new Config(Map.of(), List.of(), null, null);
    }

    /**
     * Reads {@code file}; a missing file gives the defaults. A file that cannot be read gives the
     * defaults with the guards locked, and says so. The settings screen saves into this file (making it
     * when it is missing).
     */
    public static Config load(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Config(Map.of(), List.of(), file, null);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return report(unreadable(file, "larger than " + MAX_BYTES + " bytes"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return report(unreadable(file, FileReasons.of(e)));
        }
        Config read = read(file.toString(), bytes);
        return report(new Config(read.values, read.problems, file, file.toAbsolutePath().getParent()));
    }

    /** The settings in {@code bytes}, a settings file's content; {@code source} names it in messages. Never throws. */
    public static Config read(String source, byte[] bytes) {
        SettingsText text = SettingsText.parse(source, bytes);
        Config read = fromMap(source, text.values(), text.skippedKeys());
        List<String> problems = new ArrayList<>(text.problems());
        problems.addAll(read.problems);
        return new Config(read.values, problems, null, null);
    }

    /** Every key at its default and every guard locked: nothing of the file can be trusted. */
    private static Config unreadable(Path file, String reason) {
        String problem = file + ": cannot be read (" + reason + "); every setting is at its default and the"
                + " staff exit is locked";
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        KEYS.values().stream().filter(Key::isGuard).forEach(key -> values.put(key, key.closed(problem)));
        return new Config(values, List.of(problem), null, null);
    }

    /** A configuration from key-value pairs; {@code source} names where they came from in messages. */
    public static Config fromMap(String source, Map<String, String> raw) {
        return fromMap(source, raw, List.of());
    }

    /**
     * @param skippedKeys what lines that could not be read seem to set: a guard among them, or one
     *                    that cannot be told, locks the guard
     */
    private static Config fromMap(String source, Map<String, String> raw, List<String> skippedKeys) {
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        raw.forEach((name, value) -> {
            Key<?> key = KEYS.get(name.strip());
            if (key == null) {
                String problem = source + ": unknown key \"" + name + "\" (known keys: "
                        + String.join(", ", KEYS.keySet()) + ")";
                problems.add(problem);
                lockGuardsNear(name.strip(), problem, values);
                return;
            }
            try {
                values.put(key, key.parse(value.strip()));
            } catch (IllegalArgumentException e) {
                String problem = source + ": " + key.name + " = \"" + shown(key, value.strip()) + "\" is not allowed ("
                        + key.allowed + "); " + (key.isGuard() ? "locked" : "using the default " + key.defaultText);
                problems.add(problem);
                if (key.isGuard()) {
                    values.put(key, key.closed(problem));
                }
            }
        });
        for (String skipped : skippedKeys) {
            Key<?> key = KEYS.get(skipped);
            if (key == null || key.isGuard()) {
                lockGuardsNear(skipped, source + ": a line that could not be read may have set "
                        + (skipped.isEmpty() ? "the staff PIN" : skipped), values);
            }
        }
        return new Config(values, problems, null, null);
    }

    /**
     * Locks every guard whose family {@code name} belongs to ({@code kiosk.admin.pn} is a typo of
     * the PIN's key, not a key of its own); a name that cannot be told ("") locks them all.
     */
    private static void lockGuardsNear(String name, String problem, Map<Key<?>, Object> values) {
        for (Key<?> key : KEYS.values()) {
            if (key.isGuard() && (name.isEmpty() || name.startsWith(key.family()))) {
                values.put(key, key.closed(problem));
            }
        }
    }

    /** A guard's rejected value is a secret's hash: only its start goes into messages. */
    private static String shown(Key<?> key, String value) {
        return key.isGuard() && value.length() > 16 ? value.substring(0, 16) + "…" : value;
    }

    /** This configuration with {@code file} as where settings are saved (for tests: a configuration from a map). */
    public Config savingTo(Path saveFile) {
        return new Config(values, problems, saveFile, valuesFolder);
    }

    /** The file this configuration came from and settings are saved to; empty when it came from elsewhere. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private static Config report(Config config) {
        config.problems.forEach(problem -> LOG.warn("Configuration: {}", problem));
        return config;
    }

    /** The value of {@code key}: as configured, or its default. */
    public <T> T get(Key<T> key) {
        Object value = values.get(key);
        T typed = value == null ? key.parse(key.defaultText) : key.type(value);
        if (typed instanceof Path path) {
            Path from = value == null ? Installation.current().home() : valuesFolder;
            return key.type(from == null ? path : from.resolve(path));
        }
        return typed;
    }

    /** What was wrong in the file, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    /** Every known key, in documentation order. */
    public static Map<String, Key<?>> keys() {
        return Collections.unmodifiableMap(KEYS);
    }

    private static <T> Key<T> key(String name, String defaultText, Function<String, T> parser, String allowed) {
        return guard(name, defaultText, parser, allowed, null);
    }

    /** A key that guards something: whatever makes its value uncertain gives {@code closed(reason)}. */
    private static <T> Key<T> guard(String name, String defaultText, Function<String, T> parser, String allowed,
            Function<String, T> closed) {
        Key<T> key = new Key<>(name, defaultText, parser, allowed, closed);
        KEYS.put(name, key);
        return key;
    }

    private static Key<String> text(String name, String defaultText) {
        return key(name, defaultText, value -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return value;
        }, "any text");
    }

    private static Key<String> choice(String name, String defaultText, String... allowed) {
        List<String> options = List.of(allowed);
        return key(name, defaultText, value -> {
            if (!options.contains(value)) {
                throw new IllegalArgumentException(value);
            }
            return value;
        }, "one of " + String.join(", ", options));
    }

    private static Key<Boolean> flag(String name, boolean defaultValue) {
        return key(name, Boolean.toString(defaultValue), value -> {
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(value);
            }
            return Boolean.valueOf(value);
        }, "true or false");
    }

    /** A key for what the settings screen also changes: its default and range are the setting's. */
    private static Key<Integer> range(String name, Setting setting) {
        return range(name, setting.standard(), setting.lowest(), setting.highest());
    }

    private static Key<Integer> range(String name, int defaultValue, int min, int max) {
        return key(name, Integer.toString(defaultValue), value -> {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException(value);
            }
            return number;
        }, "a whole number from " + min + " to " + max);
    }

    /**
     * A configuration key: its name, default and what values it allows.
     *
     * @param <T> the type of its value
     */
    public static final class Key<T> {
        private final String name;
        private final String defaultText;
        private final Function<String, T> parser;
        private final String allowed;
        private final Function<String, T> closed;

        private Key(String name, String defaultText, Function<String, T> parser, String allowed,
                Function<String, T> closed) {
            this.name = name;
            this.defaultText = defaultText;
            this.parser = parser;
            this.allowed = allowed;
            this.closed = closed;
        }

        /** Whether this key guards something and so fails closed. */
        public boolean isGuard() {
            return closed != null;
        }

        private T closed(String reason) {
            return closed.apply(reason);
        }

        /** The keys next to this one: a guard's family, whose unknown keys lock it. */
        private String family() {
            return name.substring(0, name.lastIndexOf('.') + 1);
        }

        public String name() {
            return name;
        }

        public String defaultText() {
            return defaultText;
        }

        public String allowed() {
            return allowed;
        }

        T parse(String text) {
            return parser.apply(text);
        }

        @SuppressWarnings("unchecked")
        private T type(Object value) {
            return (T) value;
        }
    }
}
