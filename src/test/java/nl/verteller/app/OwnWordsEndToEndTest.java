package nl.verteller.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.WavWriter;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.OwnWords.Teaching.Phase;
import nl.verteller.kiosk.OwnWords.Teaching;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.kiosk.Screen;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Gui;
import nl.verteller.tags.Model;
import nl.verteller.tags.Sound;
import nl.verteller.voice.SyntheticTakes;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dutch patient (no Dutch model here) teaches the real kiosk their own words with the guided round,
 * as in a clinic: the kiosk asks aloud and on screen, the patient's takes are played into its
 * microphone (the monitor of a null sink in the tests' own PulseAudio, see {@link PulseLoop}), and
 * afterwards the patient's words for chapter 4 and chapter 2 open them. A word the kiosk refuses as too
 * like another is replaced by the patient's second choice, as a patient would.
 */
@Gui
@Sound
@Model
class OwnWordsEndToEndTest {
    /** The patient's words, a first choice and a second. */
    private static final Map<Command, List<String>> WORDS = Map.ofEntries(
            Map.entry(Command.of(Kind.READ), List.of("lees voor", "lezen")),
            Map.entry(Command.of(Kind.PAUSE), List.of("pauze", "wacht even")),
            Map.entry(Command.of(Kind.NEXT_CHAPTER), List.of("volgende", "verder")),
            Map.entry(Command.of(Kind.PREVIOUS_CHAPTER), List.of("vorige", "terug")),
            Map.entry(Command.of(Kind.REPEAT), List.of("herhaal", "nog eens")),
            Map.entry(Command.of(Kind.HOME), List.of("begin", "startpagina")),
            // For a chapter, the word that says what it is about, as a patient would choose it.
            Map.entry(Command.chapter(1), List.of("ziekte", "eerste")),
            Map.entry(Command.chapter(2), List.of("klachten", "tweede")),
            Map.entry(Command.chapter(3), List.of("oorzaak", "derde")),
            Map.entry(Command.chapter(4), List.of("onderzoek", "diagnose")),
            Map.entry(Command.chapter(5), List.of("behandeling", "vijfde")),
            Map.entry(Command.chapter(6), List.of("meer weten", "zesde")));
    private static final double[] SPEEDS = {0.9, 1.05, 1.2, 1.0};
    private static final int SAMPLE_RATE = 16_000;
    /** The silence {@link SyntheticTakes#spoken} puts before the word. */
    private static final int LEAD_MILLIS = 500;
    /** The patient: another voice than the kiosk's own Dutch voice. */
    private static final Synthesizer PATIENT = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+m3"), 150,
            10_000);

    @TempDir
    Path dir;

    private RunningKiosk kiosk;
    private final Map<Command, Integer> choice = new HashMap<>();
    /** The states after the round, told briefly, added on the EDT: what a failure needs to say. */
    private final List<String> story = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theGuidedRoundTeachesDutchWordsAndTheWordsForChaptersFourAndTwoOpenThem() throws Exception {
        PulseLoop.requireRunning();
        Path kioskDir = Files.createDirectories(dir.resolve("kiosk"));
        Path profiles = kioskDir.resolve("profiles.json");
        // The round waits on the kiosk's spoken questions (about 60 of them): a quicker Dutch voice asks
        // them sooner; what is asked, heard and learned is the same.
        kiosk = RunningKiosk.start(Map.of("language.start", "nl", "profiles.file", profiles.toString(),
                "espeak.wpm", "220"));
        send(Command.of(Kind.SETTINGS));
        send(Command.of(Kind.OWN_WORDS));
        send(Command.teach(0));

        Teaching answered = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(9);
        while (System.nanoTime() < deadline) {
            Teaching now = state().ownWords().teaching();
            if (now != null && !now.active()) {
                break;
            }
            if (now != null && now.phase() == Phase.CONFLICT) {
                choice.put(now.command(), 1);
            }
            boolean listening = now != null && (now.phase() == Phase.LISTENING || now.phase() == Phase.TESTING);
            if (listening && !now.equals(answered)) {
                answered = now;
                boolean test = now.command() == null;
                // A fourth or fifth take (asked when takes differ, or one was unlike the others) at a speed again.
                PulseLoop.play(take(test ? Command.chapter(2) : now.command(), SPEEDS[test ? 3 : (now.take() - 1) % 3]));
            }
            Pause.pause(50);
        }
        OwnWords own = state().ownWords();
        assertThat(own.teaching()).as("teaching, at the end").isNotNull();
        assertThat(own.teaching().phase()).as("the round ended with the test take").isEqualTo(Phase.TESTED);
        assertThat(own.teaching().heard()).as("the test take").isEqualTo(Command.chapter(2));
        assertThat(own.taught()).as("words learned").contains(Command.chapter(2)).hasSizeGreaterThanOrEqualTo(11);
        assertThat(Files.readString(profiles)).as("no audio is kept").doesNotContain("RIFF").contains("CHAPTER 2");
        assertThat(kioskDir.toFile().list()).containsExactlyInAnyOrder("profiles.json", "profiles.json.lock");

        String learned = Files.readString(profiles);
        GuiActionRunner.execute(() -> kiosk.kiosk.controller().addListener(s -> story.add(s.screen() + " "
                + s.chapter() + (s.reading() ? " reading" : "") + ", " + s.listening())));
        send(Command.of(Kind.HOME));
        kiosk.await("voice control listening for own words", 30, () -> state().listening() != null
                && state().listening().kind() == nl.verteller.kiosk.VoiceStatus.Kind.LISTENING);
        openWith(Command.chapter(4), learned);
        send(Command.of(Kind.HOME));
        kiosk.await("home, reading stopped", 30, () -> state().screen() != Screen.READER && !state().reading());
        // The narration's echo tail (0.7 s), in which only "pause" may barge in.
        Pause.pause(1500);
        openWith(Command.chapter(2), learned);
    }

    /** Says the patient's word for chapter {@code command} (up to three times) and checks that it opened. */
    private void openWith(Command command, String learned) throws Exception {
        int chapter = command.number();
        for (int attempt = 0; attempt < 3 && !(state().screen() == Screen.READER && state().chapter() == chapter);
                attempt++) {
            PulseLoop.play(take(command, SPEEDS[SPEEDS.length - 1]));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < until && !(state().screen() == Screen.READER && state().chapter() == chapter)) {
                Pause.pause(50);
            }
        }
        assertThat(state().screen()).as("the screen after the word for %s; learned: %s", command, learned)
                .isEqualTo(Screen.READER);
        assertThat(state().chapter()).as("the chapter opened; learned: %s; the states since: %s", learned,
                story.stream().distinct().toList()).isEqualTo(chapter);
    }

    /**
     * The patient's current word for {@code command}, at {@code speed}, as a WAV file to play: begun 0.2 s
     * in (the kiosk listens from before the file plays, to the null sink's silence), ended by 1 s of silence.
     */
    private Path take(Command command, double speed) throws Exception {
        String word = WORDS.get(command).get(choice.getOrDefault(command, 0));
        Path wav = dir.resolve("take.wav");
        short[] padded = SyntheticTakes.spoken(PATIENT, word, Language.NL, speed);
        int from = SAMPLE_RATE * (LEAD_MILLIS - 200) / 1000;
        WavWriter.write(wav, SAMPLE_RATE, Arrays.copyOfRange(padded, from, padded.length), padded.length - from);
        return wav;
    }

    private void send(Command command) {
        kiosk.send(command);
    }

    private KioskState state() {
        return kiosk.state();
    }
}
