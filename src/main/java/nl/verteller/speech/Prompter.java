package nl.verteller.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.verteller.audio.AudioOut;
import nl.verteller.audio.Cue;
import nl.verteller.audio.Playing;
import nl.verteller.content.Language;
import nl.verteller.time.OwnedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech besides the narration, through the kiosk's one way out ({@link AudioOut}): single scan
 * words, said softly and quickly (a new word cuts off the one before, so the voice keeps up with the
 * highlight); prompts said in full and waited for (teaching own words); and a text read aloud
 * paragraph by paragraph until stopped (help). Synthesis runs on its own thread ({@code prompt}), so
 * no caller waits for it but {@link #sayAndWait}. Without a voice it stays silent.
 */
public final class Prompter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Prompter.class);
    private static final double SCAN_RATE = 1.2;
    /** Scan words at −10 dB: a hint, not a voice over the room. */
    private static final double SCAN_GAIN = Math.pow(10, -10 / 20.0);

    private final Function<Language, Optional<Synthesizer>> voices;
    private final AudioOut out;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> OwnedThreads.daemon(r, "prompt"));
    // Guarded by this.
    private Future<?> scanWord;
    private Future<?> reading;
    private final List<Playing> read = new ArrayList<>();

    public Prompter(Function<Language, Optional<Synthesizer>> voices, AudioOut out) {
        this.voices = voices;
        this.out = out;
    }

    /** Says {@code word} in {@code language}, cutting off the scan word before it. Any thread. */
    public synchronized void say(String word, Language language) {
        if (scanWord != null) {
            scanWord.cancel(false);
        }
        scanWord = thread.submit(() -> speech(word, language, SCAN_RATE)
                .ifPresent(speech -> out.play(cue(Cue.Kind.SCAN_WORD, speech, SCAN_GAIN, word))));
    }

    /**
     * Says {@code text} at normal speed and loudness and returns once it has been heard (at once without
     * a voice). Blocks the calling thread, so never call it on the EDT.
     */
    public void sayAndWait(String text, Language language) throws InterruptedException {
        Optional<Speech> speech = speech(text, language, 1.0);
        if (speech.isPresent()) {
            out.play(cue(Cue.Kind.PROMPT, speech.get(), 1.0, text)).awaitHeard();
        }
    }

    /**
     * Reads {@code paragraphs} aloud one after another, each synthesized while the one before plays,
     * stopping what it read before. Any thread.
     */
    public synchronized void readAloud(List<String> paragraphs, Language language) {
        stopReading();
        reading = thread.submit(() -> {
            for (String paragraph : paragraphs) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                Optional<Speech> speech = speech(paragraph, language, 1.0);
                synchronized (this) {
                    if (Thread.currentThread().isInterrupted() || speech.isEmpty()) {
                        return;
                    }
                    read.add(out.play(cue(Cue.Kind.PROMPT, speech.get(), 1.0, paragraph)));
                }
            }
        });
    }

    /** Stops what {@link #readAloud} reads, at once. Any thread. */
    public synchronized void stopReading() {
        if (reading != null) {
            reading.cancel(true);
            reading = null;
        }
        read.forEach(Playing::stop);
        read.clear();
    }

    private Optional<Speech> speech(String text, Language language, double rate) {
        Optional<Synthesizer> voice = voices.apply(language);
        if (voice.isEmpty() || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(voice.get().synthesize(text, language, rate));
        } catch (SpeechException e) {
            LOG.warn("Could not say a prompt: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static Cue cue(Cue.Kind kind, Speech speech, double gain, String words) {
        return new Cue(kind, speech.pcm(), speech.sampleRate(), gain, words);
    }

    /** Stops speaking and the {@code prompt} thread; the audio out is its owner's to close. */
    @Override
    public void close() {
        stopReading();
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
