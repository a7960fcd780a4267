package nl.verteller.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.verteller.audio.MemorySink;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;
import nl.verteller.content.Sentence;
import nl.verteller.speech.NarrationEvent.ChapterFinished;
import nl.verteller.speech.NarrationEvent.ChapterOpened;
import nl.verteller.speech.NarrationEvent.SentenceFinished;
import nl.verteller.speech.NarrationEvent.SentenceStarted;
import nl.verteller.speech.NarrationEvent.SettingsChanged;
import nl.verteller.speech.NarrationEvent.SpeechProblem;
import nl.verteller.speech.NarrationEvent.StateChanged;
import nl.verteller.speech.NarrationEvent.WordStarted;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The narrator with a fake voice and a memory sink: nothing is paced, so a whole chapter plays at
 * once; a test acts at an exact point by reacting to an event on the narrator thread.
 */
@Fast
class NarratorTest {
    private static final int GAP_MILLIS = 100;
    private static final int GAP_SAMPLES = GAP_MILLIS * FakeSynthesizer.RATE / 1000;

    private final FakeSynthesizer voice = new FakeSynthesizer();
    private final MemorySink sink = new MemorySink();
    private final BlockingQueue<NarrationEvent> events = new LinkedBlockingQueue<>();
    private final List<Consumer<NarrationEvent>> reactions = new ArrayList<>();
    private final Narrator narrator = new Narrator(language -> Optional.of(voice), sink, event -> {
        events.add(event);
        reactions.forEach(reaction -> reaction.accept(event));
    }, GAP_MILLIS, 3, 3);

    private final Leaflet leaflet = leaflet(
            chapter(1, "one two three.", "four five.", "six."),
            chapter(2, "seven eight.", "nine."));

    @AfterEach
    void close() {
        narrator.close();
    }

    @Test
    void readsEverySentenceInOrderAndStopsAtTheChapterEnd() throws Exception {
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);

        assertThat(heard).filteredOn(e -> e instanceof SentenceStarted || e instanceof SentenceFinished)
                .extracting(NarratorTest::describe)
                .containsExactly("start 0", "end 0", "start 1", "end 1", "start 2", "end 2");
        assertThat(heard).filteredOn(WordStarted.class::isInstance).hasSize(6);
        assertThat(next(e -> e instanceof StateChanged)).isEqualTo(new StateChanged(
                ((ChapterFinished) last(heard)).atMillis(), false, 1, 3));
        int words = 6;
        assertThat(sink.samples()).hasSize(words * FakeSynthesizer.WORD_SAMPLES + 2 * GAP_SAMPLES);
    }

    @Test
    void eventTimesMatchTheAudio() throws Exception {
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
        assertThat(heard).filteredOn(SentenceStarted.class::isInstance).extracting(NarrationEvent::atMillis)
                .containsExactly(0L, 300L + GAP_MILLIS, 500L + 2 * GAP_MILLIS);
        assertThat(heard).filteredOn(WordStarted.class::isInstance).extracting(NarrationEvent::atMillis)
                .containsExactly(0L, 100L, 200L, 400L, 500L, 700L);
        WordStarted second = (WordStarted) heard.stream().filter(WordStarted.class::isInstance).skip(1).findFirst().get();
        assertThat("one two three.".substring(second.start(), second.end())).isEqualTo("two");
    }

    @Test
    void pauseStopsAtOnceAndResumeStartsAtTheWordBeingHeard() throws Exception {
        reactOnce(e -> e instanceof WordStarted w && w.sentence() == 1 && w.start() > 0, e -> narrator.pause());
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        until(e -> e instanceof StateChanged s && !s.reading() && s.sentence() == 1);
        int heardWhenPaused = sink.samples().length;
        assertThat(heardWhenPaused).isLessThan(4 * FakeSynthesizer.WORD_SAMPLES + GAP_SAMPLES + 40);

        narrator.read();
        List<NarrationEvent> resumed = until(e -> e instanceof ChapterFinished);
        WordStarted firstWord = (WordStarted) resumed.stream().filter(WordStarted.class::isInstance).findFirst().get();
        assertThat("four five.".substring(firstWord.start(), firstWord.end())).isEqualTo("five.");
        assertThat(resumed).filteredOn(SentenceStarted.class::isInstance).extracting(NarratorTest::describe)
                .containsExactly("start 1", "start 2");
    }

    @Test
    void nextSentenceSkipsAtOnceAndPreviousGoesBack() throws Exception {
        reactOnce(e -> e instanceof SentenceStarted s && s.sentence() == 0, e -> narrator.nextSentence());
        reactOnce(e -> e instanceof SentenceStarted s && s.sentence() == 2, e -> narrator.previousSentence());
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
        assertThat(heard).filteredOn(e -> e instanceof SentenceStarted || e instanceof SentenceFinished)
                .extracting(NarratorTest::describe)
                .containsExactly("start 0", "start 1", "end 1", "start 2", "start 1", "end 1", "start 2", "end 2");
    }

    @Test
    void repeatReadsTheSentenceAgainEvenWhenPaused() throws Exception {
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.seek(2);
        narrator.repeat();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
        assertThat(heard).filteredOn(SentenceStarted.class::isInstance).extracting(NarratorTest::describe)
                .containsExactly("start 2");
        narrator.repeat();
        assertThat(until(e -> e instanceof ChapterFinished)).filteredOn(SentenceStarted.class::isInstance)
                .extracting(NarratorTest::describe).containsExactly("start 2");
    }

    @Test
    void readAtTheEndOfAChapterStartsItAgain() throws Exception {
        narrator.open(leaflet, 2, Pronunciation.none());
        narrator.read();
        until(e -> e instanceof ChapterFinished);
        narrator.read();
        assertThat(until(e -> e instanceof ChapterFinished)).filteredOn(SentenceStarted.class::isInstance)
                .extracting(NarratorTest::describe).containsExactly("start 0", "start 1");
    }

    @Test
    void nextChapterWhileReadingGoesOnReadingThere() throws Exception {
        reactOnce(e -> e instanceof SentenceStarted s && s.sentence() == 1, e -> narrator.nextChapter());
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
        assertThat(heard).filteredOn(ChapterOpened.class::isInstance).extracting(e -> ((ChapterOpened) e).chapter())
                .containsExactly(1, 2);
        assertThat(((ChapterFinished) last(heard)).chapter()).isEqualTo(2);
        narrator.previousChapter();
        assertThat(next(e -> e instanceof ChapterOpened)).extracting(e -> ((ChapterOpened) e).chapter()).isEqualTo(1);
        assertThat(next(e -> e instanceof StateChanged)).extracting(e -> ((StateChanged) e).reading()).isEqualTo(false);
    }

    @Test
    void rateStepsApplyFromTheNextSentenceAndStopAtTheEnds() throws Exception {
        reactOnce(e -> e instanceof SentenceStarted s && s.sentence() == 0, e -> narrator.setSteps(4, 3));
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        until(e -> e instanceof ChapterFinished);
        assertThat(voice.calls).extracting(FakeSynthesizer.Call::text).containsSubsequence("one two three.", "six.");
        assertThat(voice.calls.get(0).rate()).isEqualTo(1.0);
        assertThat(voice.calls.get(voice.calls.size() - 1).rate()).isEqualTo(1.15);

        narrator.setSteps(3, 3);
        narrator.setSteps(-4, 3);
        List<NarrationEvent> settings = until(e -> e instanceof SettingsChanged s && s.rateStep() == 1);
        assertThat(settings).filteredOn(SettingsChanged.class::isInstance)
                .extracting(e -> ((SettingsChanged) e).rateStep()).containsExactly(3, 1);
    }

    @Test
    void volumeStepsScaleTheAudioFromTheNextChunk() throws Exception {
        reactOnce(e -> e instanceof SentenceStarted s && s.sentence() == 1, e -> narrator.setSteps(3, 4));
        narrator.open(leaflet, 1, Pronunciation.none());
        narrator.read();
        until(e -> e instanceof ChapterFinished);
        short[] played = sink.samples();
        assertThat(played[0]).isEqualTo((short) 6000);
        assertThat(played[played.length - 1]).isEqualTo((short) 8000);
        narrator.setSteps(3, 99);
        assertThat(until(e -> e instanceof SettingsChanged s && s.volumeStep() == Narrator.STEPS)).isNotEmpty();
    }

    @Test
    void aLanguageWithoutVoiceStopsReadingWithAClearProblem() throws Exception {
        try (Narrator mute = new Narrator(language -> Optional.empty(), new MemorySink(), events::add, 0, 3, 3)) {
            mute.open(leaflet, 1, Pronunciation.none());
            mute.read();
            SpeechProblem problem = (SpeechProblem) next(e -> e instanceof SpeechProblem);
            assertThat(problem.message()).contains("no voice for nl");
            assertThat(next(e -> e instanceof StateChanged s && !s.reading())).isNotNull();
        }
    }

    @Test
    void aVoiceThatThrowsStopsReadingWithAProblemAndTheNarratorGoesOn() throws Exception {
        boolean[] broken = {true};
        Synthesizer flaky = new FakeSynthesizer() {
            @Override
            public void synthesize(String text, Language language, double rate, AudioReceiver receiver) {
                if (broken[0]) {
                    throw new IllegalStateException("engine crashed");
                }
                super.synthesize(text, language, rate, receiver);
            }
        };
        try (Narrator narrator2 = new Narrator(language -> Optional.of(flaky), new MemorySink(), events::add, 0, 3, 3)) {
            narrator2.open(leaflet, 1, Pronunciation.none());
            narrator2.read();
            assertThat(((SpeechProblem) next(e -> e instanceof SpeechProblem)).message()).contains("engine crashed");
            broken[0] = false;
            narrator2.read();
            assertThat(until(e -> e instanceof ChapterFinished)).filteredOn(SentenceStarted.class::isInstance).hasSize(3);
        }
    }

    @Test
    void pronunciationChangesWhatIsSaidNotWhatIsMarked() throws Exception {
        Leaflet abbreviations = leaflet(chapter(1, "een EMG test."));
        narrator.open(abbreviations, 1, Pronunciation.of(Map.of("EMG", "ee em gee")));
        narrator.read();
        List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
        assertThat(voice.calls).extracting(FakeSynthesizer.Call::text).containsExactly("een ee em gee test.");
        assertThat(heard).filteredOn(WordStarted.class::isInstance)
                .extracting(e -> "een EMG test.".substring(((WordStarted) e).start(), ((WordStarted) e).end()))
                .containsExactly("een", "EMG", "test.");
    }

    /** espeak-ng gives no word starts: the words are still marked, in order, from their length. */
    @Test
    void aVoiceWithoutWordTimingsStillMarksEveryWordInOrder() throws Exception {
        FakeSynthesizer plain = new FakeSynthesizer(false);
        // Both sentences are synthesized before the first has played, as behind a real speaker, which
        // takes its time: the memory sink plays at once and would race the synthesizer.
        NarratorListener listener = event -> {
            if (event instanceof SentenceStarted started && started.sentence() == 0) {
                plain.awaitFinished(2);
            }
            events.add(event);
        };
        try (Narrator narrator2 = new Narrator(language -> Optional.of(plain), new MemorySink(), listener, 0, 3, 3)) {
            narrator2.open(leaflet(chapter(1, "een EMG test.", "nog een zin hier.")), 1,
                    Pronunciation.of(Map.of("EMG", "ee em gee")));
            narrator2.read();
            List<NarrationEvent> heard = until(e -> e instanceof ChapterFinished);
            assertThat(heard).filteredOn(WordStarted.class::isInstance)
                    .extracting(e -> ((WordStarted) e).sentence() + ":" + (((WordStarted) e).sentence() == 0
                            ? "een EMG test." : "nog een zin hier.").substring(((WordStarted) e).start(),
                                    ((WordStarted) e).end()))
                    .containsExactly("0:een", "0:EMG", "0:test.", "1:nog", "1:een", "1:zin", "1:hier.");
            List<Long> times = heard.stream().filter(WordStarted.class::isInstance).map(NarrationEvent::atMillis).toList();
            // The first sentence may still be synthesizing when its first chunk plays: its first words are
            // marked together, a chunk late. The second, prepared while the first played, is spread out.
            assertThat(times).as("in time order").isSorted();
            assertThat(times.subList(3, 7)).as("spread over the sentence").doesNotHaveDuplicates();
        }
    }

    // --- helpers ---

    private static Leaflet leaflet(Chapter... chapters) {
        return new Leaflet("test", Language.NL, "Test", List.of(chapters));
    }

    private static Chapter chapter(int number, String... sentences) {
        List<Sentence> list = new ArrayList<>();
        for (String text : sentences) {
            list.add(new Sentence(list.size(), 0, text));
        }
        return new Chapter(number, "Chapter " + number, list);
    }

    private void reactOnce(Predicate<NarrationEvent> when, Consumer<NarrationEvent> action) {
        boolean[] done = {false};
        reactions.add(event -> {
            if (!done[0] && when.test(event)) {
                done[0] = true;
                action.accept(event);
            }
        });
    }

    /** Events up to and including the first that matches; fails after 5 s without it. */
    private List<NarrationEvent> until(Predicate<NarrationEvent> last) throws InterruptedException {
        List<NarrationEvent> seen = new ArrayList<>();
        while (true) {
            NarrationEvent event = events.poll(5, TimeUnit.SECONDS);
            assertThat(event).as("event after %s", seen).isNotNull();
            seen.add(event);
            if (last.test(event)) {
                return seen;
            }
        }
    }

    private NarrationEvent next(Predicate<NarrationEvent> wanted) throws InterruptedException {
        List<NarrationEvent> seen = until(wanted);
        return seen.get(seen.size() - 1);
    }

    private static NarrationEvent last(List<NarrationEvent> events) {
        return events.get(events.size() - 1);
    }

    private static String describe(NarrationEvent event) {
        if (event instanceof SentenceStarted s) {
            return "start " + s.sentence();
        }
        return "end " + ((SentenceFinished) event).sentence();
    }
}
