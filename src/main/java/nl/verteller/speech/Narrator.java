package nl.verteller.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import nl.verteller.audio.AudioSink;
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
import nl.verteller.speech.NarrationEvent.SpeechProblem;
import nl.verteller.speech.NarrationEvent.StateChanged;
import nl.verteller.speech.NarrationEvent.WordStarted;
import nl.verteller.time.OwnedThreads;
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

    private final AudioSink sink;
    private final NarratorListener listener;
    private final int gapMillis;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final LookAhead lookAhead;
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
        this.sink = sink;
        this.listener = listener;
        this.gapMillis = gapMillis;
        this.rateStep = clampStep(rateStep);
        this.volumeStep = clampStep(volumeStep);
        this.lookAhead = new LookAhead(voices);
        this.thread = OwnedThreads.daemon(this::run, "narrator");
        thread.start();
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
        try {
            narrate();
        } finally {
            lookAhead.close();
            sink.close();
        }
    }

    private void narrate() {
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
                emit(new SpeechProblem(output.heardMillis(sink), "reading stopped after an error: " + e));
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
        SentenceAudio audio = playing.prepared.audio();
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
        List<WordMark> marks = playing.prepared.audio().words();
        SpokenText spoken = playing.prepared.spoken();
        boolean estimated = marks.isEmpty();
        if (estimated) {
            // A voice without word timings: the words guessed once the sentence's length is known, so
            // the highlight follows the text with espeak-ng too; a word already passed is marked late.
            int length = playing.prepared.audio().completeLength();
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
        lookAhead.played(playing.index);
        playing = null;
        if (failure != null) {
            // Sentences prepared ahead failed too, most likely: the next READ asks the voice afresh.
            forgetPrepared();
            stopSound(false);
            emit(new SpeechProblem(output.heardMillis(sink), failure));
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

    private LookAhead.Prepared prepare(int index) {
        return lookAhead.prepare(chapter, index, pronunciation, leaflet.language(), RATES[rateStep - 1]);
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
        for (WordMark mark : playing.prepared.audio().words()) {
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
            lookAhead.forgetAllBut(playing == null ? -1 : playing.index);
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
        lookAhead.forget();
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

    /**
     * Stops reading and the narrator thread, which closes the look-ahead and the sink as it ends: also
     * when that takes longer than this waits, nothing it still uses is closed under it.
     */
    @Override
    public void close() {
        closed = true;
        if (!OwnedThreads.stop(thread)) {
            LOG.warn("The narrator did not stop within 2 s; it closes its sound when it does");
        }
    }

    /** The sentence being played and how far. */
    private static final class Playing {
        final int index;
        final LookAhead.Prepared prepared;
        int position;
        boolean announced;
        int nextWord;
        int lastWordStart = -1;

        Playing(int index, LookAhead.Prepared prepared, int position) {
            this.index = index;
            this.prepared = prepared;
            this.position = position;
        }
    }
}
