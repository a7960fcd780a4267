package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
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
        short[] dry = SpokenClips.clip(EARS.voices().freetts, "pause", Language.EN);
        float[] hall = RoomSound.reverberate(RoomSound.toFloats(dry), 1200, 0, 7);
        Random hum = new Random(3);
        for (int i = 0; i < hall.length; i++) {
            hall[i] += (float) (hum.nextGaussian() * 100);
        }
        Optional<Decision> heard = EARS.hear(RoomSound.toPcm(hall));
        assertThat(heard.filter(Decision::accepted).map(Decision::heard)).as("%s", heard).contains("pause");
        long spokenUntilMs = lastLoudSample(dry) * 1000L / RATE;
        assertThat(heard.get().decidedAtMs() - spokenUntilMs)
                .as("decided after the end of the word, while its echo rings on (until it had fallen to the room tone: 670 ms)")
                .isBetween(0L, 580L);
    }

    /** The last sample of the dry speech above 40 dB below full scale. */
    private static int lastLoudSample(short[] pcm) {
        int last = 0;
        for (int i = 0; i < pcm.length; i++) {
            if (Math.abs(pcm[i]) > 328) {
                last = i;
            }
        }
        return last;
    }
}
