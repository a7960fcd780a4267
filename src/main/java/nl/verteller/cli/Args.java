package nl.verteller.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verteller.content.Language;

/** The options ({@code --name value}) and the other words of one subcommand's arguments. */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> words = new ArrayList<>();

    /**
     * @param valued options that take a value
     * @param flags  options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.words.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                parsed.options.put(arg, args.get(++i));
            } else if (flags.contains(arg)) {
                parsed.options.put(arg, "");
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                parsed.words.add(arg);
            }
        }
        return parsed;
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    String required(String option) throws UsageException {
        String value = options.get(option);
        if (value == null) {
            throw new UsageException(option + " is required");
        }
        return value;
    }

    Language language(String option) throws UsageException {
        String code = required(option);
        return Language.fromCode(code).orElseThrow(() -> new UsageException(option + " must be one of "
                + List.of(Language.values()) + ", not \"" + code + "\""));
    }

    public int positiveInt(String option) throws UsageException {
        String text = required(option);
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number from 1, not \"" + text + "\"");
        }
    }

    Path path(String option) throws UsageException {
        return Path.of(required(option));
    }

    public List<String> words() {
        return words;
    }
}
