package nl.verteller.kiosk;

/** The kiosk's screens. */
public enum Screen {
    /** The leaflets of the current language, as tiles. */
    HOME,
    /** The chapters of one leaflet. */
    CHAPTERS,
    /** One chapter's text, read aloud with highlighting. */
    READER,
    /** What you can say and do. */
    HELP,
    /** Input methods, scan and dwell times, text size and voice speed. */
    SETTINGS,
    /** A patient's own words for commands, and their profiles (from settings). */
    OWN_WORDS;

    /** Whether this screen is a step aside from the leaflets, which BACK leaves. */
    public boolean isAside() {
        return this == HELP || this == SETTINGS || this == OWN_WORDS;
    }
}
