package nl.verteller.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Model;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;
import org.junit.jupiter.api.Test;

/**
 * Flite, the third family of voices {@code bench voice} hears commands in (Debian's {@code flite},
 * installed by {@code .ci/run}): its speech reaches the recognizer as a command, at the pace asked.
 */
@Model
class FliteVoiceTest {
    @Test
    void itsCommandIsHeardAndASlowerPaceIsLonger() throws Exception {
        try (FliteVoice slt = new FliteVoice("slt");
                VoiceLanguage english = VoiceLanguage.load(Language.EN, Path.of("models/en"),
                        Path.of("content/en/commands.properties"));
                CommandRecognizer recognizer = english.recognizer(english.phrases(List.of("What is ALS?", "Symptoms")),
                        RecognitionRules.DEFAULT)) {
            assertThat(slt.unavailableReason()).isEmpty();
            short[] usual = SyntheticTakes.spoken(slt, "open chapter two", Language.EN, 1.0);
            short[] slow = SyntheticTakes.spoken(slt, "open chapter two", Language.EN, 0.7);
            assertThat(slow.length).isGreaterThan(usual.length * 6 / 5);
            assertThat(recognizer.recognize(usual).filter(Decision::accepted).map(Decision::command))
                    .contains(Command.chapter(2));
        }
    }

    /** Flite speaks in its default voice for a name it does not know: the bench leaves such a voice out. */
    @Test
    void aVoiceFliteDoesNotHaveIsSaidSo() {
        assertThat(new FliteVoice("nobody").unavailableReason())
                .hasValueSatisfying(why -> assertThat(why).contains("nobody"));
    }
}
