package nl.verteller.voice;

import java.util.List;

/**
 * The near voice's latest long talk that gave no command: speech that starts within {@link #PAUSE_MILLIS}
 * of its end is the same talk going on after a pause, not a command on its own. Times are audio ms.
 */
final class LongTalk {
    /**
     * An utterance of speech this long (from its start to where the speech ended, not to its decision)
     * that is no command is talk. Counted to the decision, which comes half a second after a word that is
     * no command, almost any word the kiosk did not take was talk, and the patient saying the command
     * again 1.5 s later was turned down.
     */
    static final long MIN_MILLIS = 700;
    static final long PAUSE_MILLIS = 1500;

    private long endedAt = Long.MIN_VALUE / 2;
    /**
     * How loud the talk was at its loudest, in dB (plus infinity: not known): talk far below a command
     * was the room's, and does not keep it from counting.
     */
    private double peakDb = Double.NEGATIVE_INFINITY;
    /** What the decoder heard of it, word by word. */
    private List<String> words = List.of();

    /**
     * Talk of {@code spokenMillis} that gave no command, heard as {@code words}, was decided at {@code now}:
     * long talk if long enough.
     */
    void decided(long now, long spokenMillis, double peakDb, List<Hypothesis.Word> words) {
        if (spokenMillis >= MIN_MILLIS) {
            endedAt = now;
            this.peakDb = peakDb;
            this.words = words.stream().map(Hypothesis.Word::word).filter(word -> !word.equals(Hypothesis.UNKNOWN)).toList();
        }
    }

    /**
     * Whether {@code command} (its words) says the talk again: the patient repeating a command the kiosk
     * missed ("open chapter i", then "open chapter five"), not talk going on. Its words make up at least
     * half of what was heard of the talk, so a sentence that merely holds a command word ("I will read it
     * later", then "read") is still talk.
     */
    boolean saidAgainIn(List<Hypothesis.Word> command) {
        long inCommand = words.stream().filter(word -> command.stream().anyMatch(w -> w.word().equals(word))).count();
        return inCommand > 0 && 2 * inCommand >= words.size();
    }

    /** Whether speech at {@code now} goes on with the talk, within a pause of it. */
    boolean goesOnAt(long now) {
        return now - endedAt < PAUSE_MILLIS;
    }

    /** Near speech at {@code now}, at {@code levelDb}, outside an utterance: the talk goes on past its decision. */
    void heard(long now, double levelDb) {
        if (goesOnAt(now)) {
            endedAt = now;
            peakDb = Math.max(peakDb, levelDb);
        }
    }

    double peakDb() {
        return peakDb;
    }
}
