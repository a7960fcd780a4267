package nl.verteller.ownwords;

import nl.verteller.kiosk.Command;

/**
 * What the matcher made of one utterance.
 *
 * @param command    the command, or null when the utterance was refused
 * @param nearest    the command whose word was nearest, accepted or not (null without any word)
 * @param runnerUp   the command whose word was next nearest, or null
 * @param distance   the distance to that word's nearest take
 * @param limit      that word's limit
 * @param contrast   -1..1: how clearly the part where the nearest two words differ sounds like the nearest
 * @param reason     why it was refused, or null
 * @param waitForEnd decide only once the speaker has clearly stopped: it sounds as much like the start of
 *                   a longer own word as like its own word ("volgende" … "volgende zin"), or it is a doubtful
 *                   match, as the start of a sentence with a short pause in it often is; if speech follows
 *                   at once, it was not this word
 */
public record AcousticMatch(Command command, Command nearest, Command runnerUp, double distance, double limit,
        double contrast, String reason, boolean waitForEnd) {
    public boolean accepted() {
        return command != null;
    }

    /** 0..1: how far inside the limit the utterance is (0 at the limit, 1 on a take). */
    public double confidence() {
        return accepted() ? Math.max(0, 1 - distance / limit) : 0;
    }

    /** No utterance at all. */
    public static AcousticMatch nothingHeard() {
        return refused("nothing heard");
    }

    /** An utterance refused before it was matched (too long, no speech). */
    static AcousticMatch refused(String reason) {
        return new AcousticMatch(null, null, null, Double.POSITIVE_INFINITY, 0, 0, reason, false);
    }
}
