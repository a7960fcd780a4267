package nl.verteller.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** Through {@link NoiseSuppressor} with no gain floor: what taking the late reverberation out does alone. */
@Fast
class DereverberatorTest {
    private static final int RATE = 16000;
    private static final int DELAY = NoiseSuppressor.LATENCY;

    /**
     * Eight seconds of syllable-like bursts: noise 80–300 ms long, each through its own resonance
     * (as vowels differ), 20 dB apart at most, with pauses of 50–400 ms. Unpredictable from its own
     * past, as speech is 48 ms on.
     */
    private static float[] syllables(long seed) {
        Random random = new Random(seed);
        float[] pcm = new float[8 * RATE];
        int at = RATE / 2;
        while (at < pcm.length) {
            int length = Math.min(pcm.length - at, RATE * (80 + random.nextInt(220)) / 1000);
            double level = 3000 * Math.pow(10, -random.nextDouble());
            double pole = 0.5 + 0.45 * random.nextDouble();
            double angle = Math.PI * random.nextDouble();
            double y1 = 0;
            double y2 = 0;
            for (int i = 0; i < length; i++) {
                double y = random.nextGaussian() + 2 * pole * Math.cos(angle) * y1 - pole * pole * y2;
                y2 = y1;
                y1 = y;
                pcm[at + i] = (float) (level * (1 - pole) * y);
            }
            at += length + RATE * (50 + random.nextInt(350)) / 1000;
        }
        return pcm;
    }

    private static short[] through(boolean dereverberate, float[] in) {
        short[] pcm = RoomSound.toPcm(in);
        return new NoiseSuppressor(1, dereverberate).process(pcm, pcm.length);
    }

    /** What differs from the dry sound, in dB below the dry sound, over the last {@code seconds}. */
    private static double differenceDb(float[] dry, short[] heard, int lateBy, int seconds) {
        double difference = 0;
        double power = 0;
        for (int i = dry.length - seconds * RATE; i < dry.length - lateBy; i++) {
            double error = heard[i + lateBy] - dry[i];
            difference += error * error;
            power += (double) dry[i] * dry[i];
        }
        return 10 * Math.log10(difference / power);
    }

    @Test
    void aHallsLateReverberationIsTurnedDownOnceItIsLearnt() {
        float[] dry = syllables(3);
        float[] hall = RoomSound.reverberate(dry, 1200, 0, 5);
        double kept = differenceDb(dry, through(false, hall), DELAY, 4);
        double taken = differenceDb(dry, through(true, hall), DELAY, 4);
        assertThat(kept).as("the hall as heard").isBetween(-1.5, 1.5);
        // Reflections within the first 48 ms (two fifths of the hall's energy) are left in, as they colour
        // speech: taking out all the rest would be 4 dB.
        assertThat(taken).as("reverberation left, as heard %.1f dB", kept).isLessThan(kept - 2);
    }

    /** The kiosk's own voice in its microphone is not the patient's: sharpened, it became another command. */
    @Test
    void whileTheKioskSoundsTheHallPassesAsHeard() {
        float[] dry = syllables(3);
        float[] hall = RoomSound.reverberate(dry, 1200, 0, 5);
        short[] pcm = RoomSound.toPcm(hall);
        NoiseSuppressor suppressor = new NoiseSuppressor(1, true);
        suppressor.whileKioskSounds(true);
        short[] heard = suppressor.process(pcm, pcm.length);
        for (int i = 0; i + DELAY < heard.length; i++) {
            assertThat(Math.abs(heard[i + DELAY] - pcm[i])).as("sample %d", i).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void soundInADampedRoomPassesAsItCame() {
        float[] dry = syllables(4);
        assertThat(differenceDb(dry, through(true, dry), DELAY, 7)).isLessThan(-12);
    }

    @Test
    void itNeverMakesASoundLouderThanItWasHeard() {
        float[] hall = RoomSound.reverberate(syllables(6), 1200, 0, 7);
        short[] in = RoomSound.toPcm(hall);
        short[] out = through(true, hall);
        for (int second = 0; second < 7; second++) {
            double inPower = 0;
            double outPower = 0;
            for (int i = second * RATE; i < (second + 1) * RATE; i++) {
                inPower += (double) in[i] * in[i];
                outPower += (double) out[i + DELAY] * out[i + DELAY];
            }
            assertThat(outPower).as("second %d", second).isLessThanOrEqualTo(inPower * 1.05);
        }
    }
}
