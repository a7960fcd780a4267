package nl.verteller.voice;

import java.util.Set;
import nl.verteller.kiosk.Command;

/**
 * Keeps the kiosk deaf to its own voice. While it reads, and for a short tail after (its last words
 * are still in the room and in the audio buffers), it listens only for a few commands a reader
 * needs mid-sentence, does not require silence before them (the narration fills every pause), and
 * ignores any phrase that occurs in the sentences it is speaking ("the muscles stop working" must
 * not stop it).
 */
public final class EchoGuard implements EchoFilter {
    /** What a listener may say while the kiosk reads. */
    public static final Set<Command.Kind> WHILE_READING = Set.of(Command.Kind.PAUSE, Command.Kind.LOUDER,
            Command.Kind.SOFTER, Command.Kind.SLOWER, Command.Kind.FASTER);
    /** What counts among other speech while it reads (what is left of the narration runs into it): stopping is safe. */
    public static final Set<Command.Kind> STOPPERS = Set.of(Command.Kind.PAUSE);
    /** How long after the narration stops its echo may still arrive, in ms of audio. */
    public static final long TAIL_MILLIS = 700;

    private volatile String spoken = "";

    /** The sentences being spoken, in any form: they are normalized here. */
    public void speaking(String text) {
        spoken = " " + PhraseBook.normalize(text) + " ";
    }

    @Override
    public boolean isEcho(String phrase) {
        return !phrase.isEmpty() && spoken.contains(" " + phrase + " ");
    }
}
