package nl.verteller.echo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verteller.audio.Resampler;
import nl.verteller.bench.EchoSimulation;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Speech;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Model;
import nl.verteller.voice.AcceptTone;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.EchoGuard;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canceller on narration by the kiosk's own voices, heard back through a simulated loop or room
 * with a patient's "pause" (another voice) over it, then through the real recognizer with the
 * grammar the kiosk uses while reading.
 */
@Model
class EchoCancellerTest {
    private static final String NARRATION = "ALS is a rare muscle and nerve disease. In this disease, the motor nerve"
            + " cells in the spinal cord, the brainstem and the brain slowly die. These nerve cells control the"
            + " muscles in the body. So the muscles no longer receive signals.";
    /** Well into the narration, once the canceller has found the delay and learned the path. */
    private static final int PAUSE_AT_MILLIS = 10_000;

    private static FreeTtsSynthesizer freetts;
    private static Synthesizer espeak;
    private static Speech narration;
    private static short[] pause;
    private static VoiceLanguage english;

    @BeforeAll
    static void load() throws Exception {
        freetts = new FreeTtsSynthesizer(150);
        espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-us", Language.NL, "nl"), 150, 10_000);
        narration = freetts.synthesize(NARRATION, Language.EN, 1.0);
        pause = SyntheticTakes.spoken(espeak, "pause", Language.EN, 1.0);
        english = VoiceLanguage.load(Language.EN, Path.of("models/en"), Path.of("content/en/commands.properties"));
    }

    @AfterAll
    static void close() {
        freetts.close();
        english.close();
    }

    @Test
    void loopbackEchoIsRemovedAndPauseOverItIsHeard() throws Exception {
        EchoSimulation.Result result = EchoSimulation.run(narration.pcm(), narration.sampleRate(), pause,
                PAUSE_AT_MILLIS, 0, EchoSimulation.Room.LOOPBACK);
        System.out.printf("loopback: ERLE %.1f dB%n", result.erleDb(3000));
        assertThat(result.erleDb(3000)).isGreaterThan(25);
        assertThat(commands(result.cancelled())).as("from the cancelled microphone").contains(
                Command.of(Command.Kind.PAUSE));
        assertThat(commands(result.microphone())).as("from the microphone as it is").doesNotContain(
                Command.of(Command.Kind.PAUSE));
    }

    @Test
    void roomEchoOfEspeakAt22kHzIsReduced() throws Exception {
        Speech dutch = espeak.synthesize("ALS is een zeldzame spier- en zenuwziekte. Bij deze ziekte gaan de"
                + " motorische zenuwcellen in het ruggenmerg, de hersenstam en de hersenen langzaam dood.", Language.NL, 1.0);
        EchoSimulation.Result result = EchoSimulation.run(dutch.pcm(), dutch.sampleRate(), pause, PAUSE_AT_MILLIS,
                -6, EchoSimulation.Room.SMALL_ROOM);
        System.out.printf("room: ERLE %.1f dB, rate %d, uncancelled until %d ms%n", result.erleDb(3000),
                dutch.sampleRate(), result.lastUncancelledMillis());
        assertThat(result.erleDb(3000)).isGreaterThan(10);
        assertThat(result.lastUncancelledMillis()).as("seen to cancel, before the 5 s limit").isBetween(500, 4500);
    }

    @Test
    void withNothingPlayedTheMicrophonePassesUnchanged() throws Exception {
        EchoSimulation.Result result = EchoSimulation.run(new short[16_000 * 3], 16_000, pause, 500, 0,
                EchoSimulation.Room.LOOPBACK);
        assertThat(result.cancelled()).isEqualTo(result.microphone());
        assertThat(result.lastUncancelledMillis()).as("nothing called uncancelled").isEqualTo(-1);
    }

    /**
     * The narration's first words reach the recognizer as loud as they were played, until the canceller has
     * found the delay and is seen to remove them: there a leftover of "cramps in the muscles" was once heard
     * as "stop" (CI, 2026-12-05). Here the narration starts with "Pause."; the patient's "pause" comes later.
     */
    @Test
    void theNarrationsStartBeforeItIsCancelledGivesNoCommandAndThePatientsPauseStillCounts() throws Exception {
        Speech opening = freetts.synthesize("Pause. " + NARRATION, Language.EN, 1.0);
        short[] played = new short[opening.sampleRate() + opening.pcm().length];
        System.arraycopy(opening.pcm(), 0, played, opening.sampleRate(), opening.pcm().length);
        EchoSimulation.Result result = EchoSimulation.run(played, opening.sampleRate(), pause, PAUSE_AT_MILLIS, 0,
                EchoSimulation.Room.LOOPBACK);
        System.out.printf("loopback: uncancelled until %d ms%n", result.lastUncancelledMillis());
        assertThat(result.lastUncancelledMillis()).as("uncancelled from the narration's start, for less than 5 s")
                .isBetween(1500, 6000);
        assertThat(commands(result.cancelled(), new boolean[result.cancelled().length]))
                .as("without the mark, the narration's own \"Pause\" counts").hasSize(2);
        assertThat(commands(result.cancelled(), result.uncancelled())).as("with it, only the patient's")
                .containsExactly(Command.of(Command.Kind.PAUSE));
    }

    /**
     * The accept chime, too short for the canceller to learn from, then a silence longer than the 5 s limit,
     * then the narration: its start is still uncancelled (silence proves nothing about the echo).
     */
    @Test
    void aChimeLongBeforeTheNarrationDoesNotUseUpItsUncancelledStart() throws Exception {
        Speech opening = freetts.synthesize("Pause. " + NARRATION, Language.EN, 1.0);
        int rate = opening.sampleRate();
        short[] chime = Resampler.resample(AcceptTone.chime(), 16_000, rate);
        short[] played = new short[rate * 7 + opening.pcm().length];
        System.arraycopy(chime, 0, played, rate / 2, chime.length);
        System.arraycopy(opening.pcm(), 0, played, rate * 7, opening.pcm().length);
        EchoSimulation.Result result = EchoSimulation.run(played, rate, pause, PAUSE_AT_MILLIS + 6000, 0,
                EchoSimulation.Room.LOOPBACK);
        assertThat(result.lastUncancelledMillis()).as("uncancelled at the narration's start").isGreaterThan(7000);
        assertThat(commands(result.cancelled(), result.uncancelled())).as("only the patient's \"pause\"")
                .containsExactly(Command.of(Command.Kind.PAUSE));
    }

    /** Every command the kiosk would act on while reading. */
    private static List<Command> commands(short[] audio) throws Exception {
        return commands(audio, new boolean[audio.length]);
    }

    /** The same, told which samples hold the kiosk's voice uncancelled. */
    private static List<Command> commands(short[] audio, boolean[] uncancelled) throws Exception {
        RecognitionRules rules = RecognitionRules.DEFAULT.withoutSilenceBefore();
        try (CommandRecognizer recognizer = english.recognizer(english.phrases(List.of()).only(EchoGuard.WHILE_READING),
                rules)) {
            List<Decision> heard = EchoSimulation.accepted(recognizer, audio, uncancelled);
            heard.forEach(d -> System.out.printf("  %s at %d ms (\"%s\")%n", d.command(), d.decidedAtMs(), d.heard()));
            return heard.stream().map(Decision::command).toList();
        }
    }
}
