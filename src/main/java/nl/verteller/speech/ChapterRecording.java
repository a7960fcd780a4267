package nl.verteller.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.MemorySink;
import nl.verteller.content.Chapter;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;

/**
 * A whole chapter read by the real narrator into memory, with the time span of every sentence:
 * what {@code read} writes and {@code bench echo} plays into its rooms, and the same pipeline the kiosk
 * plays through its speaker.
 *
 * @param sampleRate samples per second of {@code pcm}
 * @param pcm        the chapter's audio, sentence gaps included
 * @param spans      one span per sentence, in order
 * @param problem    why reading stopped early, or null
 */
public record ChapterRecording(int sampleRate, short[] pcm, List<Span> spans, String problem) {
    /** Where sentence {@code index} sounds in {@code pcm}. */
    public record Span(int index, long startMillis, long endMillis, String text) {
    }

    /**
     * @param gapMillis silence between sentences at normal rate ({@code reading.gap.ms})
     * @param rateStep  the reading speed's step, 1 to {@link Narrator#STEPS}
     */
    public static ChapterRecording record(Synthesizers voices, Leaflet leaflet, Chapter chapter,
            Pronunciation pronunciation, int gapMillis, int rateStep, long timeoutSeconds) throws InterruptedException {
        MemorySink sink = new MemorySink();
        List<Span> spans = new ArrayList<>();
        long[] start = new long[1];
        String[] problem = new String[1];
        CountDownLatch done = new CountDownLatch(1);
        Narrator narrator = new Narrator(voices::forLanguage, sink, event -> {
            if (event instanceof NarrationEvent.SentenceStarted e) {
                start[0] = e.atMillis();
            } else if (event instanceof NarrationEvent.SentenceFinished e) {
                spans.add(new Span(e.sentence(), start[0], e.atMillis(), chapter.sentences().get(e.sentence()).text()));
            } else if (event instanceof NarrationEvent.ChapterFinished) {
                done.countDown();
            } else if (event instanceof NarrationEvent.SpeechProblem e) {
                problem[0] = e.message();
                done.countDown();
            }
        }, gapMillis, rateStep, Narrator.STEPS);
        try {
            narrator.open(leaflet, chapter.number(), pronunciation);
            narrator.read();
            if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
                problem[0] = "reading took longer than " + timeoutSeconds + " s";
            }
        } finally {
            narrator.close();
        }
        return new ChapterRecording(sink.sampleRate(), sink.samples(), List.copyOf(spans), problem[0]);
    }

    /** The sentence being read at {@code millis} into the recording (the last begun by then); -1 before the first. */
    public int sentenceAt(long millis) {
        int at = -1;
        for (Span span : spans) {
            if (span.startMillis() <= millis) {
                at = span.index();
            }
        }
        return at;
    }
}
