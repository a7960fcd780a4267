package nl.verteller.voice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Command.Kind;

/**
 * The words a Dutch patient would naturally teach for the guided round ({@code OwnWords.BASIC}): "lees
 * voor", "pauze", "volgende", "vorige", "herhaal", "begin", "hoofdstuk een" … "hoofdstuk zes", in the
 * round's order. For the benchmark and the tests that play a synthetic Dutch patient.
 */
public final class DutchBasicWords {
    /** Each word and its command, in the order the round asks them. */
    public static final Map<String, Command> WORDS = words();

    private DutchBasicWords() {
    }

    private static Map<String, Command> words() {
        Map<String, Command> words = new LinkedHashMap<>();
        words.put("lees voor", Command.of(Kind.READ));
        words.put("pauze", Command.of(Kind.PAUSE));
        words.put("volgende", Command.of(Kind.NEXT_CHAPTER));
        words.put("vorige", Command.of(Kind.PREVIOUS_CHAPTER));
        words.put("herhaal", Command.of(Kind.REPEAT));
        words.put("begin", Command.of(Kind.HOME));
        String[] numbers = {"een", "twee", "drie", "vier", "vijf", "zes"};
        for (int n = 1; n <= numbers.length; n++) {
            words.put("hoofdstuk " + numbers[n - 1], Command.chapter(n));
        }
        return Collections.unmodifiableMap(words);
    }
}
