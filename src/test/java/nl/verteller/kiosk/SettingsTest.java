package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class SettingsTest {
    private final Settings standard = Settings.standard();

    @Test
    void theStandardsAreTheIssuesDefaults() {
        assertThat(standard.get(Setting.SCAN_TIME)).isEqualTo(1000);
        assertThat(standard.get(Setting.DWELL_TIME)).isEqualTo(1250);
        assertThat(standard.on(Setting.VOICE_CONTROL)).isTrue();
        assertThat(standard.get(Setting.SCANNING)).isEqualTo(Setting.SCAN_OFF);
    }

    @Test
    void numbersStepThroughTheirStepsAndStopAtTheEnds() {
        assertThat(standard.stepped(Setting.SCAN_TIME, 1).get(Setting.SCAN_TIME)).isEqualTo(1250);
        assertThat(standard.stepped(Setting.SCAN_TIME, -1).get(Setting.SCAN_TIME)).isEqualTo(750);
        Settings fastest = standard.with(Setting.SCAN_TIME, 300);
        assertThat(fastest.stepped(Setting.SCAN_TIME, -1).get(Setting.SCAN_TIME)).isEqualTo(300);
        Settings slowest = standard.with(Setting.DWELL_TIME, 3000);
        assertThat(slowest.stepped(Setting.DWELL_TIME, 1).get(Setting.DWELL_TIME)).isEqualTo(3000);
        assertThat(standard.stepped(Setting.TEXT_SIZE, 1).get(Setting.TEXT_SIZE)).isEqualTo(32);
        assertThat(standard.stepped(Setting.VOICE_SPEED, -1).get(Setting.VOICE_SPEED)).isEqualTo(2);
    }

    @Test
    void aConfiguredValueBetweenStepsStepsToTheNeighbours() {
        Settings odd = standard.with(Setting.SCAN_TIME, 1100);
        assertThat(odd.stepped(Setting.SCAN_TIME, 1).get(Setting.SCAN_TIME)).isEqualTo(1250);
        assertThat(odd.stepped(Setting.SCAN_TIME, -1).get(Setting.SCAN_TIME)).isEqualTo(1000);
    }

    @Test
    void valuesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> standard.with(Setting.SCAN_TIME, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.with(Setting.SCANNING, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.with(Setting.DWELL, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVoiceSwitchNeedsScanningAndGoesWithIt() {
        Settings sound = standard.with(Setting.VOICE_SWITCH, 1);
        assertThat(sound.get(Setting.SCANNING)).as("a sound is a switch press: it needs scanning")
                .isEqualTo(Setting.ONE_SWITCH);
        Settings twoSwitches = standard.with(Setting.SCANNING, Setting.TWO_SWITCHES).with(Setting.VOICE_SWITCH, 1);
        assertThat(twoSwitches.get(Setting.SCANNING)).isEqualTo(Setting.TWO_SWITCHES);
        assertThat(sound.with(Setting.SCANNING, Setting.SCAN_OFF).on(Setting.VOICE_SWITCH)).isFalse();
    }
}
