package nl.verteller.audio;

import java.util.Arrays;

/**
 * A recording with the room it was made in around it, as a microphone that was already listening
 * would have heard it: voice control hears the room before it hears speech (speech before the room
 * is known gives no command), and a recording may start right on the word.
 *
 * <p>In a room that talks (a TV, people; see {@link #talks}) the room before a recording is its own
 * first half second, mirrored back and forth, and after it its own end: talk with its pauses, as loud
 * as it was.
 * Elsewhere (quiet, a fan, hiss) the room is the recording's quietest stretch, as long as it can be
 * without holding speech, so that a take that starts right on the word keeps its word. Digital silence
 * before a recording made amid talk was a room no microphone hears: against it the talk at the
 * recording's start stood out as a near voice, and its words became commands or ran into the command.
 */
public final class RoomAround {
    /**
     * How much room a recording is heard with before it: the room's levels span 3 s (see {@link RoomFloor}),
     * so a recording that starts a second before the command is heard as the kiosk, listening longer, would.
     */
    public static final int BEFORE_MILLIS = 3000;
    /** How much room it is heard with after it: enough to end an utterance that ends with the file. */
    public static final int AFTER_MILLIS = 500;
    private static final int RATE = 16_000;
    /** The quietest stretch is searched in steps of 10 ms. */
    private static final int STEP = RATE / 100;
    /** Quiet stretches tried, longest first: a longer one shows more of the room's ups and downs. */
    private static final int[] LENGTHS = {RATE / 2, RATE / 4, RATE / 10};
    /**
     * A longer stretch is the room only while it is at most this much louder (in power) than the
     * quietest 100 ms: 6 dB, the ups and downs of a fan or several people; more holds the word itself.
     */
    private static final double ROOM_SPREAD = 4;
    /** A recording with this many bursts of sound is made in a room that talks... */
    private static final int TALKING_BURSTS = 3;
    /** ...or with this much sound in all: 3 s in 50 ms frames. */
    private static final int TALKING_FRAMES = 60;
    /** Bursts are counted in frames of 50 ms. */
    private static final int BURST_FRAME = RATE / 20;
    /** A burst stands 15 dB above the quietest 100 ms... */
    private static final double BURST_POWER = Math.pow(10, 1.5);
    /** ...for at least 300 ms (six 50 ms frames), gaps of up to 150 ms bridged (the pauses inside a phrase). */
    private static final int BURST_FRAMES = 6;
    private static final int BRIDGED_FRAMES = 3;
    /** A mean power every stretch counts as at least (−80 dBFS): digital silence and a faint hiss alike. */
    private static final double QUIETEST_POWER = 32768.0 * 32768 * 1e-8;
    /** In a room that talks, this much of a recording's start (and end), back and forth, is its room. */
    private static final int MIRRORED = RATE / 2;

    private RoomAround() {
    }

    /** A recording as a microphone that was already listening hears it: its room before and after it. */
    public static short[] heardAsRecording(short[] pcm) {
        return padded(pcm, BEFORE_MILLIS * RATE / 1000, AFTER_MILLIS * RATE / 1000);
    }

    /** {@code pcm} with {@code before} samples of its room before it and {@code after} after it. */
    static short[] padded(short[] pcm, int before, int after) {
        double[] energyUpTo = new double[pcm.length + 1];
        for (int i = 0; i < pcm.length; i++) {
            energyUpTo[i + 1] = energyUpTo[i] + (double) pcm[i] * pcm[i];
        }
        int shortest = Math.min(LENGTHS[LENGTHS.length - 1], pcm.length / 2);
        double quietest = meanPower(energyUpTo, quietest(energyUpTo, shortest), shortest);
        short[] padded = new short[before + pcm.length + after];
        System.arraycopy(pcm, 0, padded, before, pcm.length);
        if (pcm.length > 0 && talks(energyUpTo, quietest)) {
            int ends = Math.min(MIRRORED, pcm.length);
            for (int i = 0; i < before; i++) {
                padded[before - 1 - i] = pcm[backAndForth(i, ends)];
            }
            for (int i = 0; i < after; i++) {
                padded[before + pcm.length + i] = pcm[pcm.length - 1 - backAndForth(i, ends)];
            }
            return padded;
        }
        short[] room = quietRoom(pcm, energyUpTo, quietest, shortest);
        for (int i = 0; room.length > 0 && i < before; i++) {
            padded[i] = room[i % room.length];
        }
        for (int i = 0; room.length > 0 && i < after; i++) {
            padded[before + pcm.length + i] = room[i % room.length];
        }
        return padded;
    }

    /** The {@code i}-th of 0, 1, …, {@code length} − 1, {@code length} − 1, …, 0, 0, 1, …: a mirror's, over and over. */
    private static int backAndForth(int i, int length) {
        int at = i % (2 * length);
        return at < length ? at : 2 * length - 1 - at;
    }

    /** The quietest stretch of the longest length tried that is no more than {@link #ROOM_SPREAD} above the quietest. */
    private static short[] quietRoom(short[] pcm, double[] energyUpTo, double quietest, int shortest) {
        for (int length : LENGTHS) {
            length = Math.min(length, pcm.length / 2);
            int from = quietest(energyUpTo, length);
            if (length == shortest || meanPower(energyUpTo, from, length) <= ROOM_SPREAD * quietest) {
                return Arrays.copyOfRange(pcm, from, from + length);
            }
        }
        throw new AssertionError("the shortest length is always taken");
    }

    /**
     * Whether the recording is made in a room that talks (a TV, people): it holds {@link #TALKING_BURSTS}
     * bursts of sound or more, or {@link #TALKING_FRAMES} of sound in all; a command is a burst or two,
     * and shorter. A burst: 300 ms or more of 50 ms frames {@link #BURST_POWER} above {@code quietest}.
     */
    private static boolean talks(double[] energyUpTo, double quietest) {
        int bursts = 0;
        int loud = 0;
        int loudInAll = 0;
        int gap = 0;
        for (int from = 0; from + BURST_FRAME < energyUpTo.length; from += BURST_FRAME) {
            if (meanPower(energyUpTo, from, BURST_FRAME) > BURST_POWER * quietest) {
                loud += gap + 1;
                loudInAll++;
                gap = 0;
            } else if (loud > 0 && ++gap > BRIDGED_FRAMES) {
                bursts += loud >= BURST_FRAMES ? 1 : 0;
                loud = 0;
                gap = 0;
            }
        }
        bursts += loud >= BURST_FRAMES ? 1 : 0;
        return bursts >= TALKING_BURSTS || loudInAll >= TALKING_FRAMES;
    }

    /** Where the stretch of {@code length} samples with the least energy starts. */
    private static int quietest(double[] energyUpTo, int length) {
        int last = energyUpTo.length - 1 - length;
        int best = last;
        for (int from = 0; from < last; from += STEP) {
            if (energyUpTo[from + length] - energyUpTo[from] < energyUpTo[best + length] - energyUpTo[best]) {
                best = from;
            }
        }
        return best;
    }

    private static double meanPower(double[] energyUpTo, int from, int length) {
        return length == 0 ? QUIETEST_POWER
                : Math.max(QUIETEST_POWER, (energyUpTo[from + length] - energyUpTo[from]) / length);
    }
}
