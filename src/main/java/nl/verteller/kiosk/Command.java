package nl.verteller.kiosk;

import java.util.Locale;
import java.util.Optional;
import nl.verteller.content.Language;

/**
 * What any input asks the kiosk to do: the one contract between voice, switches, dwell, touch,
 * keyboard and the {@link KioskController}. Written as a token: {@code READ}, {@code CHAPTER 3},
 * {@code LANGUAGE nl}, {@code LEAFLET 2}, {@code INCREASE SCAN_TIME}, {@code SET SCANNING 2}.
 *
 * @param kind     what to do
 * @param number   the chapter or leaflet number, from 1, for {@code CHAPTER} and {@code LEAFLET}; the value for
 *                 {@code SET}; else 0
 * @param language the language for {@code LANGUAGE}; else null
 * @param setting  the setting for {@code INCREASE}, {@code DECREASE} and {@code SET}; else null
 */
public record Command(Kind kind, int number, Language language, Setting setting) {
    /** The kinds of command; the names are the tokens. */
    public enum Kind {
        READ, PAUSE, NEXT_CHAPTER, PREVIOUS_CHAPTER, NEXT_SENTENCE, REPEAT, CHAPTER, FASTER, SLOWER, LOUDER,
        SOFTER, BIGGER_TEXT, SMALLER_TEXT, HOME, BACK, HELP, LANGUAGE, YES, NO,
        /** Opens leaflet n of the current language (for libraries with more than one leaflet). */
        LEAFLET,
        /** Opens the settings screen. */
        SETTINGS,
        /** A setting one step up or down. */
        INCREASE, DECREASE,
        /** A setting to a value: an input method on or off, or a chosen number. */
        SET,
        /** Opens the own-words screen (from settings). */
        OWN_WORDS,
        /** Teaches own words: {@code TEACH 0} the guided round, {@code TEACH n} the n-th command of it alone. */
        TEACH,
        /** Makes profile n the active one ({@code PROFILE 0}: guest). */
        PROFILE,
        /** A new profile, made the active one. */
        NEW_PROFILE,
        /** Deletes the active profile, after YES. */
        DELETE_PROFILE,
        /** Voice control sleeps: only the wake phrase counts until WAKE (or the idle reset). */
        SLEEP,
        /** Voice control listens again. */
        WAKE
    }

    public Command {
        boolean numbered = kind == Kind.CHAPTER || kind == Kind.LEAFLET;
        boolean counted = kind == Kind.SET || kind == Kind.TEACH || kind == Kind.PROFILE;
        boolean malformed = numbered ? number <= 0 : counted ? number < 0 : number != 0;
        boolean setsSomething = kind == Kind.INCREASE || kind == Kind.DECREASE || kind == Kind.SET;
        if (malformed || (kind == Kind.LANGUAGE) != (language != null) || setsSomething != (setting != null)
                || (kind == Kind.SET && !setting.allows(number))) {
            throw new IllegalArgumentException("malformed command " + kind + " " + number + " " + language + " "
                    + setting);
        }
    }

    /** A command without an argument. */
    public static Command of(Kind kind) {
        return new Command(kind, 0, null, null);
    }

    public static Command chapter(int number) {
        return new Command(Kind.CHAPTER, number, null, null);
    }

    public static Command leaflet(int number) {
        return new Command(Kind.LEAFLET, number, null, null);
    }

    public static Command language(Language language) {
        return new Command(Kind.LANGUAGE, 0, language, null);
    }

    /** {@code setting} one step up ({@code direction} 1) or down (-1). */
    public static Command step(Setting setting, int direction) {
        return new Command(direction > 0 ? Kind.INCREASE : Kind.DECREASE, 0, null, setting);
    }

    /** {@code TEACH 0}: the guided round; {@code TEACH n}: the n-th command of {@link OwnWords#BASIC}. */
    public static Command teach(int number) {
        return new Command(Kind.TEACH, number, null, null);
    }

    /** {@code PROFILE 0}: guest; {@code PROFILE n}: the n-th profile. */
    public static Command profile(int number) {
        return new Command(Kind.PROFILE, number, null, null);
    }

    public static Command set(Setting setting, int value) {
        return new Command(Kind.SET, value, null, setting);
    }

    /** Reads a token such as {@code "CHAPTER 3"}; empty when it is not one. */
    public static Optional<Command> parse(String token) {
        String[] parts = token.strip().split("\\s+");
        try {
            Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return switch (kind) {
                case CHAPTER, LEAFLET, TEACH, PROFILE -> parts.length == 2
                        ? Optional.of(new Command(kind, Integer.parseInt(parts[1]), null, null)) : Optional.empty();
                case LANGUAGE -> parts.length == 2
                        ? Language.fromCode(parts[1]).map(Command::language) : Optional.empty();
                case INCREASE, DECREASE -> parts.length == 2
                        ? Optional.of(step(setting(parts[1]), kind == Kind.INCREASE ? 1 : -1)) : Optional.empty();
                case SET -> parts.length == 3
                        ? Optional.of(set(setting(parts[1]), Integer.parseInt(parts[2]))) : Optional.empty();
                default -> parts.length == 1 ? Optional.of(of(kind)) : Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Setting setting(String name) {
        return Setting.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The token: {@code READ}, {@code CHAPTER 3}, {@code LANGUAGE nl}, {@code SET DWELL 1}. */
    public String token() {
        return switch (kind) {
            case CHAPTER, LEAFLET, TEACH, PROFILE -> kind + " " + number;
            case LANGUAGE -> kind + " " + language.code();
            case INCREASE, DECREASE -> kind + " " + setting;
            case SET -> kind + " " + setting + " " + number;
            default -> kind.name();
        };
    }

    @Override
    public String toString() {
        return token();
    }
}
