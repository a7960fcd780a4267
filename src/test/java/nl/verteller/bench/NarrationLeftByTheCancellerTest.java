package nl.verteller.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.Command;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.ChapterRecording;
import nl.verteller.tags.Model;
import nl.verteller.voice.Decision;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;
import org.junit.jupiter.api.Test;

/**
 * Found by {@code bench echo}: the kiosk reads chapter 1 of the English leaflet in a bare room, and a patient
 * (flite's slt) says "slower" over it, as loud as the narration. The patient's command counts once. Two
 * seconds later the canceller had left a faint "slowly die" of the kiosk's own sentence, 13 dB above the
 * room's floor and 5 dB above its loud moments: near, though not standing out as a command over talk must,
 * and heard as "slower" again once raised to a usual voice's level.
 */
@Model
class NarrationLeftByTheCancellerTest {
    @Test
    void thePatientsSlowerCountsOnceAndTheKiosksSlowlyNot() throws Exception {
        try (FliteVoice slt = new FliteVoice("slt"); Setup setup = Setup.load(Config.defaults())) {
            assumeThat(slt.unavailableReason()).as("flite's slt").isEmpty();
            heardOverChapterOne(setup, slt);
        }
    }

    private static void heardOverChapterOne(Setup setup, FliteVoice slt) throws Exception {
        Leaflet leaflet = setup.library().leaflets(Language.EN).get(0);
        Chapter chapter = leaflet.chapter(1);
        ChapterRecording reading = ChapterRecording.record(setup.synthesizers(), leaflet, chapter,
                setup.library().pronunciation(Language.EN), setup.config().get(Config.READING_GAP_MS),
                setup.config().get(Config.READING_RATE_STEP), 600);
        short[] slower = SyntheticTakes.spoken(slt, "slower", Language.EN, 1.0);
        EchoSimulation.Result result = EchoSimulation.run(reading.pcm(), reading.sampleRate(), slower, 8000, 0,
                EchoSimulation.Room.BARE_ROOM);
        try (VoiceLanguage english = VoiceSetup.load(setup, Language.EN)) {
            List<Decision> heard = EchoSimulation.acceptedWhileReading(english, RecognitionRules.DEFAULT, chapter,
                    reading, result.cancelled(), result.uncancelled());
            heard.forEach(d -> System.out.printf("  %s at %d ms%n", d.command(), d.decidedAtMs()));
            assertThat(heard).extracting(Decision::command).containsExactly(Command.of(Command.Kind.SLOWER));
        }
    }
}
