package nl.verteller.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class UsualLevelTest {
    /** A second of a 200 Hz tone whose loudest 50 ms stand at {@code dbfs}, between half-second silences. */
    private static short[] toneAt(double dbfs) {
        short[] pcm = new short[32_000];
        double amplitude = 32768 * Math.pow(10, dbfs / 20) * Math.sqrt(2);
        for (int i = 8_000; i < 24_000; i++) {
            pcm[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 200 * i / 16_000.0));
        }
        return pcm;
    }

    @Test
    void aUsualVoiceAndOneALittleSofterStayAsTheyAre() {
        assertThat(UsualLevel.gain(toneAt(-14), 32_000)).isEqualTo(1);
        assertThat(UsualLevel.gain(toneAt(-26), 32_000)).isEqualTo(1);
    }

    @Test
    void aWeakVoiceIsRaisedToAUsualLevel() {
        short[] weak = toneAt(-50);
        double gain = UsualLevel.gain(weak, weak.length);
        assertThat(20 * Math.log10(gain)).isCloseTo(34, within(0.2));
        short[] raised = UsualLevel.raised(weak, weak.length, gain);
        assertThat(UsualLevel.gain(raised, raised.length)).isEqualTo(1);
        assertThat(raised[8_020]).isCloseTo((short) Math.round(weak[8_020] * gain), within((short) 1));
    }

    @Test
    void onlyTheSamplesGivenCountAndNothingIsRaisedBeyondReason() {
        short[] weak = toneAt(-50);
        assertThat(UsualLevel.gain(weak, 8_000)).isEqualTo(100);
        assertThat(UsualLevel.gain(toneAt(-70), 32_000)).isEqualTo(100);
        assertThat(UsualLevel.raised(weak, 100, 10)).hasSize(100);
    }
}
