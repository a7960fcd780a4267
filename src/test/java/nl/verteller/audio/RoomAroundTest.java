package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class RoomAroundTest {
    private static final int PAD = 8_000;

    /** A take with only 0.2 s of silence before and after its word: none of the word goes into the room. */
    @Test
    void aRecordingInAQuietRoomGetsItsSilenceAround() {
        short[] word = new short[22_400];
        for (int i = 3_200; i < 19_200; i++) {
            word[i] = (short) (8_000 * Math.sin(i * 0.1));
        }
        short[] padded = RoomAround.padded(word, PAD, PAD);
        assertThat(padded).hasSize(word.length + 2 * PAD);
        assertThat(Arrays.copyOfRange(padded, PAD, PAD + word.length)).containsExactly(word);
        assertThat(rms(padded, 0, PAD)).isZero();
        assertThat(rms(padded, PAD + word.length, padded.length)).isZero();
    }

    /** A recording that starts amid talk gets talk before it, not a silence no microphone hears. */
    @Test
    void aRecordingAmidTheRoomGetsItsQuietestStretchOfRoomAround() {
        Random random = new Random(3);
        short[] heard = new short[48_000];
        for (int i = 0; i < heard.length; i++) {
            boolean loudTalk = i < 16_000;
            heard[i] = (short) (random.nextGaussian() * (loudTalk ? 3_000 : 1_000));
        }
        short[] padded = RoomAround.padded(heard, PAD, PAD);
        assertThat(rms(padded, 0, PAD)).isBetween(900.0, 1_100.0);
        assertThat(rms(padded, padded.length - PAD, padded.length)).isBetween(900.0, 1_100.0);
    }

    /**
     * A TV's talk, sentences with silent pauses between them: the room before the recording is its own
     * start and after it its own end, mirrored, talk and all; not the silence of a pause.
     */
    @Test
    void aRecordingAmidTalkWithPausesGetsItsOwnEndsMirroredAround() {
        Random random = new Random(5);
        short[] heard = new short[64_000];
        for (int i = 0; i < heard.length; i++) {
            boolean sentence = i % 16_000 < 11_000;
            heard[i] = (short) (sentence ? random.nextGaussian() * 2_000 : 0);
        }
        short[] padded = RoomAround.padded(heard, PAD, PAD);
        for (int i = 0; i < PAD; i++) {
            assertThat(padded[PAD - 1 - i]).isEqualTo(heard[i]);
            assertThat(padded[PAD + heard.length + i]).isEqualTo(heard[heard.length - 1 - i]);
        }
        short[] longer = RoomAround.padded(heard, 3 * PAD, 0);
        assertThat(longer[3 * PAD - 1 - PAD]).as("and back again").isEqualTo(heard[PAD - 1]);
        assertThat(longer[3 * PAD - 1 - 2 * PAD]).as("and forth").isEqualTo(heard[0]);
        assertThat(rms(padded, 0, PAD)).isGreaterThan(1_500.0);
    }

    @Test
    void aRecordingShorterThanTheRoomAroundRepeatsItsQuieterHalfAndAnEmptyOneGetsSilence() {
        short[] brief = {1000, 1000, 1000, 1000, 500, -500, 500, -500};
        short[] padded = RoomAround.padded(brief, 6, 6);
        assertThat(Arrays.copyOfRange(padded, 0, 6)).containsExactly(500, -500, 500, -500, 500, -500);
        assertThat(RoomAround.padded(new short[0], 4, 4)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
