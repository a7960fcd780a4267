package nl.verteller.cli;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One-line JSON objects for the command line's machine-readable output. */
public final class Json {
    private Json() {
    }

    /** An object with the entries in order; values are strings, numbers, booleans or null. */
    public static String object(Map<String, ?> entries) {
        return entries.entrySet().stream()
                .map(e -> string(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return "null";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ".0");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return string(value.toString());
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
