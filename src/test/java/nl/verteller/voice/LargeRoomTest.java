package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.verteller.content.Language;
import nl.verteller.dsp.RoomSound;
import nl.verteller.tags.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real recognizer with the real English model in a hall (reverberation 1.2 s, the reflections as
 * loud as the direct sound, a room tone 50 dB below full scale): a command is decided while its echo
 * still rings, not once the echo has fallen to the room's floor (most of a second after the patient
 * stopped), and is still the command said.
 */
@Model
class LargeRoomTest {
    private static final int RATE = 16_000;

    @RegisterExtension
    static final EnglishEars EARS = new EnglishEars();

    @Test
    void aCommandInAHallIsDecidedBeforeItsEchoHasDied() throws Exception {
        float[] dry = RoomSound.toFloats(SpokenClips.clip(EARS.voices().freetts, "pause", Language.EN));
        float[] hall = RoomSound.reverberate(dry, 1200, 0, 7);
        Optional<Decision> heard = EARS.hear(RoomSound.toPcm(SpokenClips.withRoomTone(hall)));
        assertThat(heard.filter(Decision::accepted).map(Decision::heard)).as("%s", heard).contains("pause");
        long spokenUntilMs = RoomSound.lastSound(dry) * 1000L / RATE;
        assertThat(heard.get().decidedAtMs() - spokenUntilMs)
                .as("decided after the end of the word, while its echo rings on (until it had fallen to the room tone: 670 ms)")
                .isBetween(0L, 580L);
    }
}
