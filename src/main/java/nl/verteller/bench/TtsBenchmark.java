package nl.verteller.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.InstantSink;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;
import nl.verteller.setup.Setup;
import nl.verteller.speech.NarrationEvent;
import nl.verteller.speech.Narrator;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;

/**
 * {@code bench tts}: for chapter 1 of the first leaflet in each language, the time from READ to the
 * first audio handed to the output, through the narrator's pipeline, against the baseline of
 * synthesizing the whole chapter before playing (measured in the same run); the real-time factor of
 * each voice; peak heap. "cold" is the first READ after the voice was made (FreeTTS loads then);
 * the other figures are medians of warm runs, as in a kiosk that has been running.
 */
public final class TtsBenchmark {
    private static final int RUNS = 5;

    private final Setup setup;
    private final PrintStream out;

    public TtsBenchmark(Setup setup, PrintStream out) {
        this.setup = setup;
        this.out = out;
    }

    public int run() throws InterruptedException {
        for (Language language : Language.values()) {
            Optional<Synthesizer> voice = setup.synthesizers().forLanguage(language);
            List<Leaflet> leaflets = setup.library().leaflets(language);
            if (voice.isEmpty() || leaflets.isEmpty()) {
                System.err.println("bench tts: skipping " + language + ": "
                        + (voice.isEmpty() ? setup.synthesizers().problem(language).orElse("no voice") : "no leaflet"));
                continue;
            }
            measure(language, voice.get(), leaflets.get(0));
        }
        print(Figure.of("tts.peak_heap", peakHeapMegabytes(), "MiB"));
        return 0;
    }

    private void measure(Language language, Synthesizer voice, Leaflet leaflet) throws InterruptedException {
        String tag = language + "." + voice.name();
        Chapter chapter = leaflet.chapter(1);
        Pronunciation pronunciation = setup.library().pronunciation(language);
        print(Figure.of("tts.first_audio_cold." + tag, firstAudioMillis(leaflet, pronunciation), "ms"));
        List<Double> pipeline = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            pipeline.add(firstAudioMillis(leaflet, pronunciation));
        }
        List<Double> whole = new ArrayList<>();
        double audioSeconds = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            audioSeconds = synthesizeAll(voice, language, chapter, pronunciation);
            whole.add((System.nanoTime() - start) / 1e6);
        }
        double baseline = median(whole);
        print(Figure.against("tts.first_audio." + tag, median(pipeline), baseline, "ms"));
        print(Figure.of("tts.real_time_factor." + tag, baseline / 1000 / audioSeconds, "x"));
        print(Figure.of("tts.chapter_audio." + tag, audioSeconds, "s"));
    }

    /** READ to the first samples reaching the output, through a fresh narrator. */
    private double firstAudioMillis(Leaflet leaflet, Pronunciation pronunciation) throws InterruptedException {
        FirstAudio sink = new FirstAudio();
        CountDownLatch opened = new CountDownLatch(1);
        try (Narrator narrator = new Narrator(setup.synthesizers()::forLanguage, sink, event -> {
            if (event instanceof NarrationEvent.ChapterOpened) {
                opened.countDown();
            }
        }, setup.config().get(Config.READING_GAP_MS), 3, 3)) {
            narrator.open(leaflet, 1, pronunciation);
            opened.await(10, TimeUnit.SECONDS);
            long start = System.nanoTime();
            narrator.read();
            if (!sink.first.await(60, TimeUnit.SECONDS)) {
                return Double.NaN;
            }
            return (sink.at - start) / 1e6;
        }
    }

    private static double synthesizeAll(Synthesizer voice, Language language, Chapter chapter,
            Pronunciation pronunciation) throws InterruptedException {
        double seconds = 0;
        for (var sentence : chapter.sentences()) {
            try {
                Speech speech = voice.synthesize(pronunciation.apply(sentence.text()).spoken(), language, 1.0);
                seconds += speech.seconds();
            } catch (SpeechException e) {
                throw new IllegalStateException("voice " + voice.name() + " failed: " + e.getMessage(), e);
            }
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / (1024.0 * 1024.0);
    }

    private void print(Figure figure) {
        out.println(figure.json());
    }

    /** Notes when the first samples arrive; accepts the rest without keeping or pacing them. */
    private static final class FirstAudio extends InstantSink {
        final CountDownLatch first = new CountDownLatch(1);
        volatile long at;

        FirstAudio() {
            super("first-audio timer");
        }

        @Override
        public void play(short[] pcm, int offset, int count, int sampleRate) {
            if (first.getCount() > 0) {
                at = System.nanoTime();
                first.countDown();
            }
        }
    }
}
