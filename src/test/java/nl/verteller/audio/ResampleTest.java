package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** Recordings at other rates reach the recognizer's 16 kHz with their band kept and nothing above it folded in. */
@Fast
class ResampleTest {
    @Test
    void speechBandSurvivesAt44And22Kilohertz() {
        for (int rate : new int[] {44_100, 22_050, 8_000}) {
            short[] out = AudioFiles.resample16k(sine(1_000, rate, 10_000), rate);
            assertThat(out.length).isEqualTo(16_000);
            assertThat(rms(out, 1_000, 15_000) / (10_000 / Math.sqrt(2))).as("%d Hz", rate).isCloseTo(1.0, within(0.02));
            // On time, too: the filter's delay is taken out, so the tone matches one made at 16 kHz.
            short[] made = sine(1_000, 16_000, 10_000);
            short[] difference = new short[out.length];
            for (int i = 0; i < out.length; i++) {
                difference[i] = (short) (out[i] - made[i]);
            }
            assertThat(rms(difference, 1_000, 15_000)).as("%d Hz, off the tone", rate).isLessThan(10_000 / 100.0);
        }
    }

    /** A 48 kHz recording's hiss above 8 kHz stays out: plain picking of every third sample kept all of it. */
    @Test
    void whatLiesAboveTheBandIsCutNotFoldedBack() {
        short[] tone = AudioFiles.resample16k(sine(10_000, 48_000, 10_000), 48_000);
        assertThat(rms(tone, 1_000, 15_000)).isLessThan(10_000 / Math.sqrt(2) / 100);

        Random random = new Random(1);
        short[] hiss = new short[48_000];
        for (int i = 0; i < hiss.length; i++) {
            hiss[i] = (short) (random.nextGaussian() * 3_000);
        }
        double inBand = rms(AudioFiles.resample16k(hiss, 48_000), 1_000, 15_000);
        assertThat(inBand * inBand / (3_000.0 * 3_000)).as("share of the hiss's power").isBetween(0.28, 0.36);
    }

    private static short[] sine(double hz, int rate, double amplitude) {
        short[] pcm = new short[rate];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return pcm;
    }

    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
