package nl.verteller.content;

import java.util.Locale;
import java.util.Optional;

/** A language the kiosk can show and speak. The code is the content folder name and the CLI value. */
public enum Language {
    NL("nl", Locale.forLanguageTag("nl-NL")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a code such as {@code "nl"}, ignoring case and surrounding space. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
