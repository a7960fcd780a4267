package nl.verteller.kiosk;

import nl.verteller.content.Language;

/**
 * Reads the help screen aloud: the engine behind it, as the narrator is behind the reader. Every
 * method returns at once.
 */
public interface HelpVoice {
    /** Reads the help text in {@code language} from its start, stopping what it read before. */
    void read(Language language);

    /** Stops reading at once. */
    void stop();

    /** For where nothing reads help aloud (tests of the screen alone). */
    HelpVoice NONE = new HelpVoice() {
        @Override
        public void read(Language language) {
        }

        @Override
        public void stop() {
        }
    };
}
