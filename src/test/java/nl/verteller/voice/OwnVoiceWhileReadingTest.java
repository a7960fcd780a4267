package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verteller.bench.EchoSimulation;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Speech;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English leaflet read aloud in a bare room ({@link EchoSimulation.Room#BARE_ROOM}), through the echo
 * canceller, and heard as {@link VoiceControl} hears while it reads: what the canceller leaves of the kiosk's
 * own voice is still words while it learns the room's reflections, and once gave "louder" (and on the
 * PulseAudio loop "softer", CI 2026-12-06). Over its own voice a command must be the near voice: the
 * patient's "stop", said 8 s in, still counts, and nothing else does.
 */
@Model
class OwnVoiceWhileReadingTest {
    private static final int SAID_AT_MILLIS = 8000;
    private static VoiceLanguage english;
    private static FreeTtsSynthesizer freetts;
    private static short[] stop;
    private static List<String> chapters;

    @BeforeAll
    static void load() throws Exception {
        english = VoiceLanguage.load(Language.EN, Path.of("models/en"), Path.of("content/en/commands.properties"));
        freetts = new FreeTtsSynthesizer(150);
        Synthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-us"), 150, 10_000);
        stop = SyntheticTakes.spoken(espeak, "stop", Language.EN, 1.0);
        chapters = List.of(Files.readString(Path.of("content/en/als.md")).split("(?m)^## "));
    }

    @AfterAll
    static void close() {
        freetts.close();
        english.close();
    }

    @Test
    void whatIsLeftOfTheNarrationGivesNoCommandAndThePatientsStopCounts() throws Exception {
        for (int chapter : new int[] {4, 5}) {
            String text = chapters.get(chapter).replaceAll("\\s+", " ").trim();
            Speech narration = freetts.synthesize(text, Language.EN, 1.0);
            EchoSimulation.Result result = EchoSimulation.run(narration.pcm(), narration.sampleRate(), stop,
                    SAID_AT_MILLIS, 0, EchoSimulation.Room.BARE_ROOM);
            assertThat(commandsWhileReading(text, result)).as("chapter %d read, \"stop\" said over it", chapter)
                    .containsExactly(Command.of(Command.Kind.PAUSE));
        }
    }

    /** Every command the kiosk would act on while it reads {@code text}, as the canceller gave it. */
    private static List<Command> commandsWhileReading(String text, EchoSimulation.Result result) throws Exception {
        try (CommandRecognizer recognizer = english.whileReading(text, RecognitionRules.DEFAULT)) {
            List<Decision> heard = EchoSimulation.accepted(recognizer, result.cancelled(), result.uncancelled());
            heard.forEach(d -> System.out.printf("  %s at %d ms (\"%s\")%n", d.command(), d.decidedAtMs(), d.heard()));
            return heard.stream().map(Decision::command).toList();
        }
    }
}
