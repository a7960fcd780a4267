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
    SETTINGS
}
