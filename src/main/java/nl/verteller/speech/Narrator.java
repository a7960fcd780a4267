package nl.verteller.speech;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;
import nl.verteller.content.SpokenText;
import nl.verteller.speech.NarrationEvent.ChapterFinished;
import nl.verteller.speech.NarrationEvent.ChapterOpened;
import nl.verteller.speech.NarrationEvent.SentenceFinished;
import nl.verteller.speech.NarrationEvent.SentenceStarted;
import nl.verteller.speech.NarrationEvent.SettingsChanged;
import nl.verteller.speech.NarrationEvent.SpeakerChanged;
import nl.verteller.speech.NarrationEvent.StateChanged;
import nl.verteller.speech.NarrationEvent.VoiceProblem;
import nl.verteller.speech.NarrationEvent.WordStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a chapter aloud, sentence by sentence, with no gaps: while one sentence plays, the next is
 * already being synthesized, and a sentence starts playing as soon as its first audio exists.
 *
 * <p>Two threads: {@code narrator} owns all reading state, plays audio in short chunks and checks
 * for commands between chunks, so pause and skip act within one chunk plus the device buffer;
 * {@code synthesizer} fills {@link SentenceAudio}s ahead of it. The public methods only queue a
 * command and may be called from any thread. Events go to the listener when they are heard.
 *
 * <p>Rate changes apply from the next sentence (the current one was synthesized at the old rate);
 * volume changes apply from the next chunk. Pause remembers the word being heard (the sentence when
 * the voice gives no word timings) and resumes there.
 */
public final class Narrator implements ReadingControl, AutoCloseable {
    /** Number of rate steps and of volume steps; steps run from 1 to this. */
    public static final int STEPS = 5;
    private static final double[] RATES = {0.7, 0.85, 1.0, 1.15, 1.3};
    private static final double[] GAINS = {0.25, 0.4, 0.6, 0.8, 1.0};
    private static final int CHUNK_MILLIS = 20;
    private static final long SYNTH_WAIT_MILLIS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Narrator.class);

    private final Function<Language, Optional<Synthesizer>> voices;
    private final AudioSink sink;
    private final NarratorListener listener;
    private final int gapMillis;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final ExecutorService synthesis;
    private final Thread thread;
    private volatile boolean closed;

    // Everything below belongs to the narrator thread.
    private Leaflet leaflet;
    private Chapter chapter;
    private Pronunciation pronunciation = Pronunciation.none();
    private int sentence;
    private boolean reading;
    private int rateStep;
    private int volumeStep;
    private final Map<Integer, Prepared> prepared = new HashMap<>();
    private Playing playing;
    private int gapLeft;
    private final OutputClock output = new OutputClock();
    private short[] chunk = new short[0];

    /**
     * @param voices     the voice for a language, or empty when that language has none here
     * @param sink       where audio goes; owned by the narrator from now on
     * @param listener   told what is heard, on the narrator thread
     * @param gapMillis  silence between sentences at normal rate
     * @param rateStep   starting rate step, 1 to {@link #STEPS}
     * @param volumeStep starting volume step, 1 to {@link #STEPS}
     */
    public Narrator(Function<Language, Optional<Synthesizer>> voices, AudioSink sink, NarratorListener listener,
            int gapMillis, int rateStep, int volumeStep) {
        this.voices = voices;
        this.sink = sink;
        this.listener = listener;
        this.gapMillis = gapMillis;
        this.rateStep = clampStep(rateStep);
        this.volumeStep = clampStep(volumeStep);
        this.synthesis = Executors.newSingleThreadExecutor(r -> named(r, "synthesizer"));
        this.thread = named(this::run, "narrator");
        thread.start();
    }

    private static Thread named(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    /** Opens chapter {@code number} of {@code leaflet} at its first sentence, not reading. */
    @Override
    public void open(Leaflet leaflet, int number, Pronunciation pronunciation) {
        submit(() -> {
            this.pronunciation = pronunciation;
            openChapter(leaflet, number);
            setReading(false);
        });
    }

    /** Starts or resumes reading; at the end of the chapter, starts again from its beginning. */
    @Override
    public void read() {
        submit(() -> {
            if (chapter == null || reading) {
                return;
            }
            if (sentence >= chapter.sentences().size()) {
                moveTo(0);
            }
            setReading(true);
        });
    }

    @Override
    public void pause() {
        submit(() -> {
            if (reading) {
                stopSound(true);
                setReading(false);
            }
        });
    }

    @Override
    public void nextSentence() {
        submit(() -> moveTo(sentence + 1));
    }

    @Override
    public void previousSentence() {
        submit(() -> moveTo(Math.max(0, sentence - 1)));
    }

    /** Reads the current sentence again from its start, also when paused. */
    @Override
    public void repeat() {
        submit(() -> {
            if (chapter != null) {
                moveTo(Math.min(sentence, Math.max(0, chapter.sentences().size() - 1)));
                setReading(true);
            }
        });
    }

    /** Moves to sentence {@code index} (0-based) of the open chapter, reading on if reading. */
    @Override
    public void seek(int index) {
        submit(() -> moveTo(index));
    }

    @Override
    public void nextChapter() {
        submit(() -> changeChapter(+1));
    }

    @Override
    public void previousChapter() {
        submit(() -> changeChapter(-1));
    }

    @Override
    public void setSteps(int rate, int volume) {
        submit(() -> changeSteps(rate, volume));
    }

    /** Tells listeners about a change of speaker; for the sink's callback. */
    public void speakerChanged(boolean available, String detail) {
        submit(() -> emit(new SpeakerChanged(output.heardMillis(sink), available, detail)));
    }

    private void submit(Runnable command) {
        if (!closed) {
            commands.add(command);
        }
    }

    private void run() {
        while (!closed) {
            try {
                Runnable command = reading ? commands.poll() : commands.take();
                while (command != null) {
                    command.run();
                    command = commands.poll();
                }
                if (reading) {
                    step();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Narrator error; reading stopped, the narrator goes on", e);
                playing = null;
                emit(new VoiceProblem(output.heardMillis(sink), "reading stopped after an error: " + e));
                setReading(false);
            }
        }
    }

    /** Plays one chunk of silence or speech, or starts or ends a sentence. */
    private void step() throws InterruptedException {
        if (gapLeft > 0) {
            playSilence();
            return;
        }
        if (playing == null) {
            if (sentence >= chapter.sentences().size()) {
                finishChapter();
                return;
            }
            playing = new Playing(sentence, prepare(sentence), 0);
            prepare(sentence + 1);
        }
        SentenceAudio audio = playing.prepared.audio;
        int rate = audio.sampleRate() > 0 ? audio.sampleRate() : output.rate();
        int count = audio.read(playing.position, chunk(rate), SYNTH_WAIT_MILLIS);
        if (count < 0) {
            if (audio.failure() == null) {
                // Estimated words of a sentence that was played before its length was known: marked
                // now, late but in order, rather than never.
                scheduleWords(playing.position, Integer.MAX_VALUE);
            }
            finishSentence(audio.failure());
        } else if (count > 0) {
            playSpeech(count, audio);
        }
    }

    private short[] chunk(int sampleRate) {
        int size = Math.max(1, sampleRate * CHUNK_MILLIS / 1000);
        if (chunk.length != size) {
            chunk = new short[size];
        }
        return chunk;
    }

    private void playSpeech(int count, SentenceAudio audio) throws InterruptedException {
        output.useRate(audio.sampleRate(), sink, this::emit);
        if (!playing.announced) {
            playing.announced = true;
            int number = chapter.number();
            int index = playing.index;
            output.schedule(at -> new SentenceStarted(at, number, index));
        }
        scheduleWords(playing.position, playing.position + count);
        scale(chunk, count, GAINS[volumeStep - 1]);
        output.play(sink, chunk, count);
        playing.position += count;
        output.emitHeard(sink, this::emit);
    }

    private void scheduleWords(int from, int to) {
        List<WordMark> marks = playing.prepared.audio.words();
        SpokenText spoken = playing.prepared.spoken;
        boolean estimated = marks.isEmpty();
        if (estimated) {
            // A voice without word timings: the words guessed once the sentence's length is known, so
            // the highlight follows the text with espeak-ng too; a word already passed is marked late.
            int length = playing.prepared.audio.completeLength();
            if (length <= 0) {
                return;
            }
            marks = EstimatedWords.of(spoken.spoken(), length);
        }
        String written = spoken.written();
        for (; playing.nextWord < marks.size() && marks.get(playing.nextWord).sample() < to; playing.nextWord++) {
            WordMark mark = marks.get(playing.nextWord);
            int start = spoken.writtenOffset(mark.textStart());
            if (mark.sample() < from && !estimated || start <= playing.lastWordStart) {
                continue;
            }
            playing.lastWordStart = start;
            int end = written.indexOf(' ', start);
            int number = chapter.number();
            int index = playing.index;
            int wordEnd = end < 0 ? written.length() : end;
            output.scheduleAt(output.written() + Math.max(0, mark.sample() - from),
                    at -> new WordStarted(at, number, index, start, wordEnd));
        }
    }

    private static void scale(short[] pcm, int count, double gain) {
        for (int i = 0; i < count; i++) {
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(pcm[i] * gain)));
        }
    }

    private void playSilence() throws InterruptedException {
        short[] silence = chunk(output.rate());
        int count = Math.min(gapLeft, silence.length);
        Arrays.fill(silence, 0, count, (short) 0);
        output.play(sink, silence, count);
        gapLeft -= count;
        output.emitHeard(sink, this::emit);
    }

    private void finishSentence(String failure) {
        prepared.remove(playing.index);
        playing = null;
        if (failure != null) {
            // Sentences prepared ahead failed too, most likely: the next READ asks the voice afresh.
            forgetPrepared();
            stopSound(false);
            emit(new VoiceProblem(output.heardMillis(sink), failure));
            setReading(false);
            return;
        }
        int number = chapter.number();
        int finished = sentence;
        output.schedule(at -> new SentenceFinished(at, number, finished));
        sentence++;
        if (sentence < chapter.sentences().size()) {
            gapLeft = (int) (gapMillis * (long) output.rate() / 1000 / RATES[rateStep - 1]);
        }
    }

    private void finishChapter() throws InterruptedException {
        sink.drain();
        output.emitAll(this::emit);
        emit(new ChapterFinished(output.heardMillis(sink), chapter.number()));
        setReading(false);
    }

    private Prepared prepare(int index) {
        if (index >= chapter.sentences().size()) {
            return null;
        }
        double rate = RATES[rateStep - 1];
        Prepared existing = prepared.get(index);
        if (existing != null && existing.audio.rate() == rate) {
            return existing;
        }
        SpokenText spoken = pronunciation.apply(chapter.sentences().get(index).text());
        SentenceAudio audio = new SentenceAudio(rate);
        Language language = leaflet.language();
        Optional<Synthesizer> voice = voices.apply(language);
        Future<?> task = null;
        if (voice.isEmpty()) {
            audio.fail("no voice for " + language + " on this machine (see: verteller check)");
        } else {
            task = synthesis.submit(() -> synthesize(voice.get(), spoken.spoken(), language, audio));
        }
        Prepared fresh = new Prepared(spoken, audio, task);
        Prepared old = prepared.put(index, fresh);
        if (old != null) {
            old.cancel();
        }
        return fresh;
    }

    private static void synthesize(Synthesizer voice, String text, Language language, SentenceAudio audio) {
        try {
            voice.synthesize(text, language, audio.rate(), audio);
            audio.finish();
        } catch (SpeechException e) {
            LOG.warn("Voice {} failed: {}", voice.name(), e.getMessage());
            audio.fail(e.getMessage());
        } catch (InterruptedException e) {
            audio.fail("synthesis stopped");
        } catch (RuntimeException e) {
            LOG.error("Voice {} failed", voice.name(), e);
            audio.fail(voice.name() + " failed: " + e);
        }
    }

    private void openChapter(Leaflet next, int number) {
        stopSound(false);
        forgetPrepared();
        leaflet = next;
        chapter = next.chapter(number);
        sentence = 0;
        emit(new ChapterOpened(output.heardMillis(sink), next.id(), number, chapter.sentences().size()));
    }

    private void changeChapter(int delta) {
        if (chapter == null) {
            return;
        }
        int number = chapter.number() + delta;
        if (number >= 1 && number <= leaflet.chapters().size()) {
            boolean wasReading = reading;
            openChapter(leaflet, number);
            setReading(wasReading && !chapter.sentences().isEmpty());
        }
    }

    private void moveTo(int index) {
        if (chapter == null) {
            return;
        }
        stopSound(false);
        sentence = Math.max(0, Math.min(index, chapter.sentences().size()));
        if (reading && sentence >= chapter.sentences().size()) {
            emit(new ChapterFinished(output.heardMillis(sink), chapter.number()));
            reading = false;
        }
        emitState();
    }

    /**
     * Stops what is sounding and drops events not yet heard. With {@code resumable} the sentence
     * being heard is kept, to resume at the word being heard.
     */
    private void stopSound(boolean resumable) {
        int unheard = output.discard(sink);
        gapLeft = 0;
        if (playing != null && resumable && playing.index == sentence) {
            playing.position = resumePoint(playing.position - unheard);
            playing.announced = false;
            playing.nextWord = 0;
            playing.lastWordStart = -1;
        } else {
            playing = null;
        }
    }

    private int resumePoint(int heard) {
        int point = 0;
        for (WordMark mark : playing.prepared.audio.words()) {
            if (mark.sample() <= heard) {
                point = (int) mark.sample();
            }
        }
        return point;
    }

    private void changeSteps(int rate, int volume) {
        int newRate = clampStep(rate);
        int newVolume = clampStep(volume);
        if (newRate == rateStep && newVolume == volumeStep) {
            return;
        }
        if (newRate != rateStep) {
            rateStep = newRate;
            prepared.entrySet().removeIf(e -> {
                boolean stale = playing == null || e.getKey() != playing.index;
                if (stale) {
                    e.getValue().cancel();
                }
                return stale;
            });
        }
        volumeStep = newVolume;
        emit(new SettingsChanged(output.heardMillis(sink), rateStep, volumeStep));
    }

    private void setReading(boolean on) {
        reading = on;
        emitState();
    }

    private void emitState() {
        if (chapter != null) {
            emit(new StateChanged(output.heardMillis(sink), reading, chapter.number(), sentence));
        }
    }

    private void forgetPrepared() {
        prepared.values().forEach(Prepared::cancel);
        prepared.clear();
        playing = null;
    }

    private void emit(NarrationEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.error("Narrator listener failed on {}", event, e);
        }
    }

    private static int clampStep(int step) {
        return Math.max(1, Math.min(STEPS, step));
    }

    /** Stops reading, the threads and the sink. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
            prepared.values().forEach(Prepared::cancel);
            synthesis.shutdown();
            synthesis.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.close();
    }

    /** A sentence asked of the synthesizer: what it was given and what came back so far. */
    private record Prepared(SpokenText spoken, SentenceAudio audio, Future<?> task) {
        void cancel() {
            audio.cancel();
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    /** The sentence being played and how far. */
    private static final class Playing {
        final int index;
        final Prepared prepared;
        int position;
        boolean announced;
        int nextWord;
        int lastWordStart = -1;

        Playing(int index, Prepared prepared, int position) {
            this.index = index;
            this.prepared = prepared;
            this.position = position;
        }
    }

    /**
     * The position in the output audio, and events waiting for the listener to hear their sample.
     * Sample positions count at the current output rate; a change of rate closes the old count.
     */
    private static final class OutputClock {
        private final ArrayDeque<Timed> waiting = new ArrayDeque<>();
        private int rate = 16_000;
        private long written;
        private long baseMillis;

        int rate() {
            return rate;
        }

        long written() {
            return written;
        }

        void useRate(int sampleRate, AudioSink sink, NarratorListener emit) throws InterruptedException {
            if (sampleRate != rate) {
                sink.drain();
                emitAll(emit);
                baseMillis = millis(written);
                written = 0;
                rate = sampleRate;
            }
        }

        void schedule(LongFunction<NarrationEvent> event) {
            scheduleAt(written, event);
        }

        void scheduleAt(long sample, LongFunction<NarrationEvent> event) {
            waiting.add(new Timed(sample, event));
        }

        void play(AudioSink sink, short[] pcm, int count) throws InterruptedException {
            sink.play(pcm, 0, count, rate);
            written += count;
        }

        void emitHeard(AudioSink sink, NarratorListener emit) {
            long heard = written - sink.pendingSamples();
            while (!waiting.isEmpty() && waiting.peek().sample <= heard) {
                Timed next = waiting.poll();
                emit.onEvent(next.event.apply(millis(next.sample)));
            }
        }

        void emitAll(NarratorListener emit) {
            while (!waiting.isEmpty()) {
                Timed next = waiting.poll();
                emit.onEvent(next.event.apply(millis(next.sample)));
            }
        }

        /** Drops unheard audio and events; returns how many samples were dropped. */
        int discard(AudioSink sink) {
            int unheard = sink.pendingSamples();
            sink.discard();
            written -= unheard;
            for (Iterator<Timed> it = waiting.iterator(); it.hasNext();) {
                if (it.next().sample > written) {
                    it.remove();
                }
            }
            return unheard;
        }

        long heardMillis(AudioSink sink) {
            return millis(written - sink.pendingSamples());
        }

        private long millis(long sample) {
            return baseMillis + sample * 1000 / rate;
        }
    }

    /** An event, made once its time is known, and the output sample at which it is heard. */
    private record Timed(long sample, LongFunction<NarrationEvent> event) {
    }
}
