package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** What the alignment holds on one moment of a take: more said within a word, or the word drawn out. */
@Fast
class DtwTest {
    /** A take of five sounds, eight frames each; a sound is a frame of 13 numbers, far from the others. */
    private static final List<float[]> SOUNDS = List.of(sound(0), sound(1), sound(2), sound(3), sound(4));

    private static float[] sound(int which) {
        float[] frame = new float[13];
        frame[which] = 4;
        frame[12] = which;
        return frame;
    }

    /** Runs of {sound, frames} (sound -1: silence); said again, every frame drifts a little from the take. */
    private static float[][] frames(boolean saidAgain, int[]... runs) {
        List<float[]> frames = new ArrayList<>();
        for (int[] run : runs) {
            for (int f = 0; f < run[1]; f++) {
                float[] frame = run[0] < 0 ? new float[13] : SOUNDS.get(run[0]).clone();
                frame[11] += saidAgain ? 0.5f : 0;
                frames.add(frame);
            }
        }
        return frames.toArray(float[][]::new);
    }

    private static final float[][] TAKE = frames(false, new int[] {0, 8}, new int[] {1, 8}, new int[] {2, 8},
            new int[] {3, 8}, new int[] {4, 8});

    @Test
    void theTakeSaidAgainHoldsNothing() {
        float[][] again = frames(true, new int[] {0, 8}, new int[] {1, 8}, new int[] {2, 8}, new int[] {3, 8},
                new int[] {4, 8});
        assertThat(Dtw.longestHeldWithin(again, TAKE, null, 1.5)).isZero();
    }

    @Test
    void soundsTheTakeHasNotBetweenItsPartsAreHeld() {
        // The first two sounds, then 20 frames of another sound (quieter than the rest: frames of zeros), then the rest.
        float[][] said = frames(true, new int[] {0, 8}, new int[] {1, 8}, new int[] {-1, 20}, new int[] {2, 8},
                new int[] {3, 8}, new int[] {4, 8});
        assertThat(Dtw.longestHeldWithin(said, TAKE, null, 1.5)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aSoundOfTheTakeDrawnOutIsNotHeldAsMore() {
        float[][] slow = frames(true, new int[] {0, 8}, new int[] {1, 8}, new int[] {2, 28}, new int[] {3, 8},
                new int[] {4, 8});
        assertThat(Dtw.longestHeldWithin(slow, TAKE, null, 1.5)).isZero();
        // Counting every frame held, the drawn-out sound would be more said.
        assertThat(Dtw.longestHeldWithin(slow, TAKE, null, 0)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void framesNotCountedAreNotHeld() {
        float[][] said = frames(true, new int[] {0, 8}, new int[] {1, 8}, new int[] {-1, 20}, new int[] {2, 8},
                new int[] {3, 8}, new int[] {4, 8});
        boolean[] counted = new boolean[said.length];
        for (int f = 0; f < said.length; f++) {
            counted[f] = f < 16 || f >= 36;
        }
        assertThat(Dtw.longestHeldWithin(said, TAKE, counted, 1.5)).isZero();
    }
}
