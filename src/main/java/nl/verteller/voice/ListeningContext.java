package nl.verteller.voice;

import java.util.List;
import nl.verteller.content.Language;

/**
 * What the recognizer needs to know about the screen: the language, the chapter titles on offer,
 * and whether the kiosk is reading aloud and what it is saying (so its own words are not obeyed).
 *
 * @param language      the interface language
 * @param chapterTitles the open leaflet's chapter titles, or empty
 * @param reading       whether the narrator is speaking
 * @param spoken        the sentences just spoken and being spoken, or empty
 * @param settings      whether the settings screen is shown (its own phrases, no chapters)
 * @param asleep        whether voice control sleeps: only the wake phrase counts, by stricter rules
 * @param asking        whether the kiosk asks about a command heard just under the bar: its answer
 *                      (yes, no) counts also just after the kiosk's own question, as "pause" does
 */
public record ListeningContext(Language language, List<String> chapterTitles, boolean reading, String spoken,
        boolean settings, boolean asleep, boolean asking) {
    public ListeningContext {
        chapterTitles = List.copyOf(chapterTitles);
    }

    public ListeningContext(Language language, List<String> chapterTitles, boolean reading, String spoken,
            boolean settings, boolean asleep) {
        this(language, chapterTitles, reading, spoken, settings, asleep, false);
    }

    /** Awake. */
    public ListeningContext(Language language, List<String> chapterTitles, boolean reading, String spoken,
            boolean settings) {
        this(language, chapterTitles, reading, spoken, settings, false);
    }
}
