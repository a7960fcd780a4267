package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verteller.audio.Sounding;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.Test;

/** Own words in the kiosk: while it reads aloud only "pause" may barge in; afterwards every word counts. */
@Fast
class OwnWordsControlTest {
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+m3"), 150, 10_000);

    private static short[] take(String text, double speed) throws InterruptedException {
        return SyntheticTakes.spoken(SPEAKER, text, Language.NL, speed);
    }

    private static OwnWord word(String text) throws InterruptedException {
        return new WordLearner().learn(List.of(take(text, 0.9), take(text, 1.0), take(text, 1.1)));
    }

    @Test
    void whileReadingOnlyPauseCountsAndAfterwardsEveryWord() throws Exception {
        LinkedBlockingQueue<Command> heard = new LinkedBlockingQueue<>();
        try (OwnWordsControl control = new OwnWordsControl(Set.of(Kind.PAUSE), 700, heard::add)) {
            control.setWords(new Profile("anna", Map.of(), Map.of(Command.of(Kind.PAUSE), word("pauze"),
                    Command.of(Kind.NEXT_CHAPTER), word("volgende"))));
            control.start();
            control.setReading(true);
            play(control, take("volgende", 1.05));
            play(control, take("pauze", 0.95));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(Command.of(Kind.PAUSE));
            control.setReading(false);
            play(control, new short[16_000]);
            play(control, take("volgende", 0.95));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(Command.of(Kind.NEXT_CHAPTER));
            assertThat(heard).isEmpty();
        }
    }

    @Test
    void whileTheKioskSoundsAnythingElseTheSameHolds() throws Exception {
        LinkedBlockingQueue<Command> heard = new LinkedBlockingQueue<>();
        AtomicBoolean sounding = new AtomicBoolean(true);
        Sounding kiosk = new Sounding() {
            @Override
            public boolean now() {
                return sounding.get();
            }

            @Override
            public String words() {
                return "";
            }
        };
        try (OwnWordsControl control = new OwnWordsControl(Set.of(Kind.PAUSE), 700, heard::add, kiosk)) {
            control.setWords(new Profile("anna", Map.of(), Map.of(Command.of(Kind.PAUSE), word("pauze"),
                    Command.of(Kind.NEXT_CHAPTER), word("volgende"))));
            control.start();
            play(control, take("volgende", 1.05));
            sounding.set(false);
            play(control, new short[16_000]);
            play(control, take("volgende", 0.95));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).as("only the word said after the kiosk's sound")
                    .isEqualTo(Command.of(Kind.NEXT_CHAPTER));
            assertThat(heard).isEmpty();
        }
    }

    @Test
    void theKiosksSoundBeforeTheEchoCancellerRemovesItGivesNothing() throws Exception {
        LinkedBlockingQueue<Command> heard = new LinkedBlockingQueue<>();
        try (OwnWordsControl control = new OwnWordsControl(Set.of(Kind.PAUSE), 700, heard::add)) {
            control.setWords(new Profile("anna", Map.of(), Map.of(Command.of(Kind.PAUSE), word("pauze"))));
            control.start();
            control.setReading(true);
            control.uncancelledEcho(true);
            play(control, take("pauze", 0.95));
            play(control, new short[8_000]);
            control.uncancelledEcho(false);
            play(control, new short[8_000]);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).as("the word in the kiosk's uncancelled sound").isNull();
            play(control, take("pauze", 1.05));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).as("the same word once the echo is cancelled")
                    .isEqualTo(Command.of(Kind.PAUSE));
        }
    }

    private static void play(OwnWordsControl control, short[] pcm) throws InterruptedException {
        for (int at = 0; at < pcm.length; at += 640) {
            int count = Math.min(640, pcm.length - at);
            control.audio(java.util.Arrays.copyOfRange(pcm, at, at + count), count);
            // As fast as a microphone at most four times over, so the short queue never drops audio.
            Thread.sleep(10);
        }
    }
}
