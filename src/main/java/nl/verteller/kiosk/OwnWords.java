package nl.verteller.kiosk;

import java.util.List;
import java.util.Set;

/**
 * What the own-words screen shows: the active profile, the profiles there are, which commands the
 * active profile has its own word for, and how teaching a word is going.
 *
 * @param profile       the active profile's name ({@link #GUEST}: no own words)
 * @param profiles      the profiles' names, guest not among them, in order
 * @param taught        the commands the active profile has a word for
 * @param teaching      how teaching is going, or null when nothing is being taught
 * @param confirmDelete whether the kiosk is asking to confirm deleting the active profile (YES or NO)
 */
public record OwnWords(String profile, List<String> profiles, Set<Command> taught, Teaching teaching,
        boolean confirmDelete) {
    public static final String GUEST = "guest";

    /** The guided round: the commands a patient needs most, in the order they are asked. */
    public static final List<Command> BASIC = List.of(Command.of(Command.Kind.READ), Command.of(Command.Kind.PAUSE),
            Command.of(Command.Kind.NEXT_CHAPTER), Command.of(Command.Kind.PREVIOUS_CHAPTER),
            Command.of(Command.Kind.REPEAT), Command.of(Command.Kind.HOME), Command.chapter(1), Command.chapter(2),
            Command.chapter(3), Command.chapter(4), Command.chapter(5), Command.chapter(6));

    public OwnWords {
        profiles = List.copyOf(profiles);
        taught = Set.copyOf(taught);
    }

    /** Whether a word is being taught right now. */
    public boolean teachingNow() {
        return teaching != null && teaching.active();
    }

    /** Guest, no other profiles known yet. */
    public static OwnWords none() {
        return new OwnWords(GUEST, List.of(), Set.of(), null, false);
    }

    public OwnWords withTeaching(Teaching now) {
        return new OwnWords(profile, profiles, taught, now, confirmDelete);
    }

    public OwnWords withConfirmDelete(boolean asking) {
        return new OwnWords(profile, profiles, taught, teaching, asking);
    }

    /**
     * One step of teaching a word.
     *
     * @param command the command whose word is asked, or null for the test at the end
     * @param take    the take asked for, from 1 (0 when not asking for one)
     * @param phase   what is happening
     * @param heard   the command the test take was heard as, or null
     * @param other   for {@link Phase#CONFLICT}: the command the word sounded like
     */
    public record Teaching(Command command, int take, Phase phase, Command heard, Command other) {
        /** What is happening now. */
        public enum Phase {
            /** Saying the prompt aloud; the take comes next. */
            ASKING,
            /** Waiting for the take. */
            LISTENING,
            /** Learning the word from the takes. */
            LEARNING,
            /** A take was too short. */
            TOO_SHORT,
            /** A take was too quiet: a weak voice, or the microphone too far. */
            TOO_QUIET,
            /** A take was too loud. */
            CLIPPED,
            /** Nothing was heard in time. */
            NOTHING_HEARD,
            /** The word sounds like another command's word. */
            CONFLICT,
            /** One take ({@code take}) was unlike the others: it is said again. */
            FAR_TAKE,
            /** The takes differ among themselves: one more is asked for. */
            MORE_TAKES,
            /** Gave up on this command after several tries; going on with the next. */
            SKIPPED,
            /** The test take at the end: say any of your words. */
            TESTING,
            /** The test take was heard (as {@code heard}, or as nothing). */
            TESTED,
            /** No microphone or no model: teaching cannot start. */
            UNAVAILABLE,
            /** The profile file cannot be read (damaged): listening without own words until staff mend it. */
            UNREADABLE,
            /** Teaching stopped on a fault; the words learned before it are kept. */
            FAILED
        }

        public static Teaching of(Command command, int take, Phase phase) {
            return new Teaching(command, take, phase, null, null);
        }

        /** Whether teaching is still going on (the microphone belongs to it, not to voice control). */
        public boolean active() {
            return phase != Phase.TESTED && phase != Phase.UNAVAILABLE && phase != Phase.FAILED
                    && phase != Phase.UNREADABLE;
        }
    }
}
