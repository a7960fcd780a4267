package nl.verteller.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The lines of a settings file, read one by one: a line that is not UTF-8 or not a valid properties
 * line is reported with its number and skipped, and every other line still counts. (Read whole, one
 * stray byte used to drop every setting, the staff PIN and a switch user's scanning with it.)
 *
 * @param values       key to value, in file order; a later line for the same key wins
 * @param problems     one sentence per skipped line, naming the source and the line number
 * @param skippedKeys  what the skipped lines seem to set ("" when not even that can be told), so a
 *                     guarded key can fail closed when its line is among them
 */
record SettingsText(Map<String, String> values, List<String> problems, List<String> skippedKeys) {

    static SettingsText parse(String source, byte[] bytes) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        boolean logicalBroken = false;
        int firstLine = 0;
        List<byte[]> lines = split(bytes);
        for (int i = 0; i < lines.size(); i++) {
            String line = decode(lines.get(i));
            boolean broken = line == null;
            if (broken) {
                line = new String(lines.get(i), StandardCharsets.UTF_8);
                problems.add(source + " line " + (i + 1) + ": not UTF-8 text; the line is skipped");
            }
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (logical.isEmpty()) {
                firstLine = i + 1;
            }
            logical.append(line).append('\n');
            logicalBroken |= broken;
            if (continues(line) && i + 1 < lines.size()) {
                continue;
            }
            read(source, firstLine, logical.toString(), logicalBroken, values, problems, skipped);
            logical.setLength(0);
            logicalBroken = false;
        }
        return new SettingsText(values, problems, skipped);
    }

    private static void read(String source, int lineNumber, String text, boolean broken, Map<String, String> values,
            List<String> problems, List<String> skipped) {
        if (broken) {
            skip(text, skipped);
            return;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(source + " line " + lineNumber + ": " + e.getMessage() + "; the line is skipped");
            skip(text, skipped);
            return;
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    }

    private static void skip(String text, List<String> skipped) {
        String key = keyOf(text);
        if (key != null) {
            skipped.add(key);
        }
    }

    /** A line ending in an odd number of backslashes goes on on the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** What a line seems to set: the text before its first separator; null for a comment. */
    static String keyOf(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < stripped.length() && "=: \t\f".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return stripped.substring(0, end);
    }

    private static String decode(byte[] line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i < bytes.length || end > start) {
                    byte[] line = new byte[end - start];
                    System.arraycopy(bytes, start, line, 0, line.length);
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
