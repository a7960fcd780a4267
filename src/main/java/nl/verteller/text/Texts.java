package nl.verteller.text;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Setting;

/**
 * The interface text of one language, from {@code messages*.properties} beside this class. The
 * base bundle is English; no fallback to the machine's own locale, so a kiosk set up in any
 * country shows exactly the two languages it has.
 */
public final class Texts {
    private static final Map<Language, Texts> CACHE = new EnumMap<>(Language.class);

    private final ResourceBundle bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("nl.verteller.text.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Texts of(Language language) {
        return CACHE.computeIfAbsent(language, Texts::new);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} as paragraphs (separated by an empty line). */
    public List<String> paragraphs(String key) {
        return List.of(get(key).split("\n\n"));
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    /**
     * A command as said in a sentence: "next chapter", "chapter 2", "voice off"; empty for none. Every
     * command has one, as a word refused for sounding like any command must say which.
     */
    public String command(Command command) {
        if (command == null) {
            return "";
        }
        String key = "ownwords.command." + command.kind();
        return switch (command.kind()) {
            case CHAPTER, LEAFLET, PROFILE -> format(key, command.number());
            case LANGUAGE -> nativeName(command.language());
            case INCREASE, DECREASE -> command.setting().isChoice() ? format(key, settingName(command.setting()))
                    : buttonWords(command.setting() + (command.kind() == Command.Kind.INCREASE ? ".up" : ".down"));
            case SET -> command.setting().isChoice() ? buttonWords(command.setting() + "." + command.number())
                    : format(key, settingName(command.setting()), setValue(command.setting(), command.number()));
            default -> get(key);
        };
    }

    /** The question about a command heard just under the bar, as said and shown: "Chapter 3?". */
    public String asked(Command command) {
        String words = command(command);
        return format("voice.ask", words.isEmpty() ? words
                : words.substring(0, 1).toUpperCase(language.locale()) + words.substring(1));
    }

    /** A setting's value in words: "1.5 s per step", "one switch (automatic)". */
    public String setValue(Setting setting, int value) {
        if (setting.isChoice()) {
            return get("settings." + setting + "." + value);
        }
        boolean millis = setting == Setting.SCAN_TIME || setting == Setting.DWELL_TIME;
        return format("settings." + setting + ".value", millis ? value / 1000.0 : value);
    }

    private String settingName(Setting setting) {
        return get("settings." + setting).toLowerCase(language.locale());
    }

    /** A settings button's word as said in a sentence: "Voice off" as "voice off". */
    private String buttonWords(String key) {
        return get("button." + key).toLowerCase(language.locale());
    }

    /** The name of a language in that language itself, as on the language buttons. */
    public static String nativeName(Language language) {
        return language == Language.NL ? "Nederlands" : "English";
    }
}
