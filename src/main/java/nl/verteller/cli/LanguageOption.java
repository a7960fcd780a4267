package nl.verteller.cli;

import java.util.List;
import nl.verteller.content.Language;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang L}: a language code the kiosk knows. */
final class LanguageOption {
    private LanguageOption() {
    }

    static Language parse(String code) {
        return Language.fromCode(code).orElseThrow(() -> new TypeConversionException(
                "must be one of " + List.of(Language.values()) + ", not \"" + code + "\""));
    }
}
