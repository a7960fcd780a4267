package nl.verteller.ui;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;

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
        this.bundle = ResourceBundle.getBundle("nl.verteller.ui.messages", language.locale(),
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

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    /** A command as said in a sentence: "next chapter", "chapter 2"; empty for none. */
    public String command(Command command) {
        if (command == null) {
            return "";
        }
        return command.kind() == Command.Kind.CHAPTER
                ? format("ownwords.command.CHAPTER", command.number()) : get("ownwords.command." + command.kind());
    }

    /** The name of a language in that language itself, as on the language buttons. */
    public static String nativeName(Language language) {
        return language == Language.NL ? "Nederlands" : "English";
    }
}
