package nl.verteller.kiosk;

import java.util.Locale;
import java.util.Optional;
import nl.verteller.content.Language;

/**
 * What any input asks the kiosk to do: the one contract between voice, switches, dwell, touch,
 * keyboard and the {@link KioskController}. Written as a token: {@code READ}, {@code CHAPTER 3},
 * {@code LANGUAGE nl}, {@code LEAFLET 2}.
 *
 * @param kind     what to do
 * @param number   the chapter or leaflet number, from 1, for {@code CHAPTER} and {@code LEAFLET}; else 0
 * @param language the language for {@code LANGUAGE}; else null
 */
public record Command(Kind kind, int number, Language language) {
    /** The kinds of command; the names are the tokens. */
    public enum Kind {
        READ, PAUSE, NEXT_CHAPTER, PREVIOUS_CHAPTER, NEXT_SENTENCE, REPEAT, CHAPTER, FASTER, SLOWER, LOUDER,
        SOFTER, BIGGER_TEXT, SMALLER_TEXT, HOME, BACK, HELP, LANGUAGE, YES, NO,
        /** Opens leaflet n of the current language (for libraries with more than one leaflet). */
        LEAFLET
    }

    public Command {
        boolean numbered = kind == Kind.CHAPTER || kind == Kind.LEAFLET;
        if (numbered != number > 0 || (kind == Kind.LANGUAGE) != (language != null)) {
            throw new IllegalArgumentException("malformed command " + kind + " " + number + " " + language);
        }
    }

    /** A command without an argument. */
    public static Command of(Kind kind) {
        return new Command(kind, 0, null);
    }

    public static Command chapter(int number) {
        return new Command(Kind.CHAPTER, number, null);
    }

    public static Command leaflet(int number) {
        return new Command(Kind.LEAFLET, number, null);
    }

    public static Command language(Language language) {
        return new Command(Kind.LANGUAGE, 0, language);
    }

    /** Reads a token such as {@code "CHAPTER 3"}; empty when it is not one. */
    public static Optional<Command> parse(String token) {
        String[] parts = token.strip().split("\\s+");
        try {
            Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return switch (kind) {
                case CHAPTER, LEAFLET -> parts.length == 2
                        ? Optional.of(new Command(kind, Integer.parseInt(parts[1]), null)) : Optional.empty();
                case LANGUAGE -> parts.length == 2 ? Language.fromCode(parts[1]).map(Command::language) : Optional.empty();
                default -> parts.length == 1 ? Optional.of(of(kind)) : Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The token: {@code READ}, {@code CHAPTER 3}, {@code LANGUAGE nl}. */
    public String token() {
        return switch (kind) {
            case CHAPTER, LEAFLET -> kind + " " + number;
            case LANGUAGE -> kind + " " + language.code();
            default -> kind.name();
        };
    }

    @Override
    public String toString() {
        return token();
    }
}
