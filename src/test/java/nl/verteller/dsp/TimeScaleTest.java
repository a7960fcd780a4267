package nl.verteller.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verteller.tags.Fast;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

@Fast
class TimeScaleTest {
    private static final int RATE = 16000;

    /** A voice-like tone: 150 Hz with its second and third harmonic, {@code seconds} long. */
    private static short[] voiced(double seconds) {
        short[] pcm = new short[(int) (seconds * RATE)];
        for (int i = 0; i < pcm.length; i++) {
            double t = i / (double) RATE;
            pcm[i] = (short) Math.round(4000 * Math.sin(2 * Math.PI * 150 * t)
                    + 2000 * Math.sin(2 * Math.PI * 300 * t) + 1000 * Math.sin(2 * Math.PI * 450 * t));
        }
        return pcm;
    }

    /** Upward zero crossings per second over the middle half: the pitch of the tone above. */
    private static double pitch(short[] pcm) {
        int from = pcm.length / 4;
        int to = 3 * pcm.length / 4;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (pcm[i - 1] < 0 && pcm[i] >= 0) {
                crossings++;
            }
        }
        return crossings * (double) RATE / (to - from);
    }

    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void shortensSpeechAndKeepsItsPitch() {
        assertSaidAtTempo(2.0, 1.3, TimeScale.faster(voiced(2.0), 1.3));
    }

    @Test
    void lengthensSpeechAtATempoBelowOneAndKeepsItsPitch() {
        assertSaidAtTempo(1.0, 0.9, TimeScale.atTempo(voiced(1.0), 0.9));
        assertThatThrownBy(() -> TimeScale.atTempo(voiced(1.0), 0.4)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code scaled}, made of {@link #voiced} {@code seconds} long, lasts {@code 1 / tempo} as long at its pitch. */
    private static void assertSaidAtTempo(double seconds, double tempo, short[] scaled) {
        assertThat(scaled.length / (double) RATE).isCloseTo(seconds / tempo, Offset.offset(0.05));
        assertThat(pitch(scaled)).isCloseTo(pitch(voiced(seconds)), Offset.offset(3.0));
    }

    @Test
    void theWindowsAddUpWithoutWarble() {
        short[] faster = TimeScale.faster(voiced(2.0), 1.3);
        double whole = rms(faster, RATE / 4, faster.length - RATE / 4);
        for (int from = RATE / 4; from + 320 < faster.length - RATE / 4; from += 320) {
            assertThat(rms(faster, from, from + 320)).as("20 ms at %d", from)
                    .isCloseTo(whole, Offset.offset(whole * 0.1));
        }
    }

    @Test
    void tooShortIsLeftAsItIsAndSlowingDownIsRefused() {
        short[] blip = voiced(0.02);
        assertThat(TimeScale.faster(blip, 1.3)).isEqualTo(blip);
        assertThatThrownBy(() -> TimeScale.faster(blip, 0.8)).isInstanceOf(IllegalArgumentException.class);
    }
}
