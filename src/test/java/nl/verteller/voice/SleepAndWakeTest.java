package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.verteller.audio.Microphone;
import nl.verteller.audio.Sounding;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.LibraryLoader;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Model;
import nl.verteller.testing.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Asleep, with the real English model and real voices: "start listening" said on its own wakes voice
 * control; talk with a visitor, sentences with "listening" in them and every other command give
 * nothing, neither a wake nor a command.
 */
@Model
class SleepAndWakeTest {
    private static final Path MODEL = Path.of("models/en");
    private static final Path PHRASES = Path.of("content/en/commands.properties");
    private static VoiceLanguage english;
    private static SpokenClips voices;
    private static List<String> titles;

    @BeforeAll
    static void load() throws Exception {
        english = VoiceLanguage.load(Language.EN, MODEL, PHRASES);
        voices = new SpokenClips();
        titles = new LibraryLoader().load(Path.of("content")).find("als", Language.EN).orElseThrow().chapters()
                .stream().map(Chapter::title).toList();
    }

    @AfterAll
    static void close() {
        english.close();
        voices.close();
    }

    private static Optional<Decision> hearAsleep(Synthesizer voice, String text) throws Exception {
        try (CommandRecognizer recognizer = english.recognizer(english.phrases(titles),
                RecognitionRules.DEFAULT.asleep())) {
            return recognizer.recognize(SpokenClips.clip(voice, text, Language.EN)).filter(Decision::accepted);
        }
    }

    @Test
    void theWakePhraseOnItsOwnIsHeardByTheStricterRules() throws Exception {
        for (Synthesizer voice : List.of(voices.freetts, voices.espeak)) {
            assertThat(hearAsleep(voice, "start listening").map(Decision::command))
                    .as(voice.name()).contains(Command.of(Command.Kind.WAKE));
        }
    }

    @Test
    void talkAndOtherCommandsNeverWakeIt() throws Exception {
        List<String> said = new ArrayList<>(Files.readAllLines(Path.of("src/test/resources/talk_en.txt")));
        said.addAll(List.of("I was listening to the radio this morning", "you should start listening to your body",
                "stop listening to them", "listening", "start"));
        said.addAll(english.phrases(titles).phrases().keySet().stream()
                .filter(phrase -> !phrase.equals("start listening")).toList());
        List<String> woke = new ArrayList<>();
        for (Synthesizer voice : List.of(voices.freetts, voices.espeak)) {
            for (String sentence : said) {
                hearAsleep(voice, sentence).filter(d -> d.command().kind() == Command.Kind.WAKE)
                        .ifPresent(d -> woke.add(voice.name() + ": \"" + sentence + "\""));
            }
        }
        assertThat(woke).as("of %d", said.size() * 2).isEmpty();
    }

    /**
     * Voice control put to sleep by "stop listening" (the kiosk's state follows, as the controller
     * does): the strip says it sleeps, a command said is not acted on, the wake phrase is.
     */
    @Test
    void voiceControlAsleepActsOnlyOnTheWakePhrase() throws Exception {
        List<Command> commands = new CopyOnWriteArrayList<>();
        List<VoiceStatus.Kind> shown = new CopyOnWriteArrayList<>();
        ListeningContext awake = new ListeningContext(Language.EN, titles, false, "", false, false);
        VoiceControl[] control = new VoiceControl[1];
        try (VoiceControl voice = new VoiceControl((language, borrow) -> VoiceLanguage.load(language, MODEL, PHRASES),
                RecognitionRules.DEFAULT, false, OwnPhrases.NONE, ListeningWindow.always(), awake,
                new VoiceControl.Listener() {
                    @Override
                    public void command(Command command) {
                        commands.add(command);
                        control[0].update(new ListeningContext(Language.EN, titles, false, "", false,
                                command.kind() == Command.Kind.SLEEP));
                    }

                    @Override
                    public void status(VoiceStatus status) {
                        shown.add(status == null ? null : status.kind());
                    }
                }, Sounding.NEVER, System::nanoTime)) {
            control[0] = voice;
            voice.available(true, "");
            voice.start();
            // The room first: voice control listens once it has heard it.
            speak(voice, new short[16_000]);
            Await.until("listening", Duration.ofSeconds(30), () -> shown.contains(VoiceStatus.Kind.LISTENING));
            speak(voice, SpokenClips.clip(voices.freetts, "stop listening", Language.EN));
            Await.until("asleep", Duration.ofSeconds(20), () -> shown.contains(VoiceStatus.Kind.ASLEEP));
            assertThat(shown).as("heard, then asleep on the strip").containsSubsequence(VoiceStatus.Kind.HEARD,
                    VoiceStatus.Kind.ASLEEP);
            speak(voice, SpokenClips.clip(voices.freetts, "chapter two", Language.EN));
            speak(voice, new short[16_000]);
            speak(voice, SpokenClips.clip(voices.freetts, "start listening", Language.EN));
            Await.until("two commands", Duration.ofSeconds(20), () -> commands.size() >= 2);
            assertThat(commands).containsExactly(Command.of(Command.Kind.SLEEP), Command.of(Command.Kind.WAKE));
            assertThat(shown.subList(shown.indexOf(VoiceStatus.Kind.ASLEEP), shown.size()))
                    .as("asleep, talk is not \"not understood\"").doesNotContain(VoiceStatus.Kind.NOT_UNDERSTOOD);
        }
    }

    /** As a microphone gives it: 40 ms chunks in real time. */
    private static void speak(VoiceControl voice, short[] pcm) {
        for (int at = 0; at < pcm.length; at += Microphone.CHUNK) {
            int count = Math.min(Microphone.CHUNK, pcm.length - at);
            voice.audio(Arrays.copyOfRange(pcm, at, at + count), count);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(count * 1000L / 16_000));
        }
    }
}
