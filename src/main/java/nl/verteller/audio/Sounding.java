package nl.verteller.audio;

/**
 * Whether the kiosk's own speaker is sounding, for everything that listens to the microphone: a
 * sound it plays must never count as the patient's. "Now" runs from the moment a sound is handed
 * to the device until its last sample has been heard; listeners add the echo's tail themselves, in
 * their own audio time. Any thread.
 */
public interface Sounding {
    /** For a kiosk without a speaker path (tests, tools). */
    Sounding NEVER = new Sounding() {
        @Override
        public boolean now() {
            return false;
        }

        @Override
        public String words() {
            return "";
        }
    };

    /** True while something audible that the kiosk played has not yet been heard. */
    boolean now();

    /** The words of the spoken cues lately played (scan words, prompts, help), for the echo filter; or empty. */
    String words();
}
