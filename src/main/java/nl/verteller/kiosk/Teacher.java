package nl.verteller.kiosk;

import java.util.List;
import nl.verteller.content.Language;

/**
 * Teaches the kiosk a patient's own words and keeps their profiles: the engine behind the own-words
 * screen, as the narrator is behind the reader. Every method returns at once; what happens is told
 * back as {@link OwnWords} to {@link KioskController#ownWords}, on the EDT.
 */
public interface Teacher {
    /**
     * Asks, on screen and aloud in {@code language}, for the word of each command in turn (three takes
     * each), then for a test take.
     */
    void teach(List<Command> commands, Language language);

    /** Stops teaching; words already learned are kept. */
    void cancel();

    /** Listens for {@code profile}'s words from now on ({@link OwnWords#GUEST}: none). */
    void use(String profile);

    /** Makes a new, empty profile and makes it the active one. */
    void create();

    /** Deletes {@code profile} and goes back to guest. */
    void delete(String profile);

    /** A teacher for where there is none (tests of the screen alone): nothing happens. */
    Teacher NONE = new Teacher() {
        @Override
        public void teach(List<Command> commands, Language language) {
        }

        @Override
        public void cancel() {
        }

        @Override
        public void use(String profile) {
        }

        @Override
        public void create() {
        }

        @Override
        public void delete(String profile) {
        }
    };
}
