package nl.verteller.speech;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Pronunciation;
import nl.verteller.content.SpokenText;
import nl.verteller.time.OwnedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The narrator's look-ahead: sentences of the open chapter handed to the synthesizer, on its own
 * {@code synthesizer} thread, before they are needed, and kept by index until played or forgotten.
 * Narrator thread only; the synthesizer thread only fills each sentence's {@link SentenceAudio}.
 */
final class LookAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LookAhead.class);

    private final Function<Language, Optional<Synthesizer>> voices;
    private final ExecutorService synthesis = Executors.newSingleThreadExecutor(
            r -> OwnedThreads.daemon(r, "synthesizer"));
    private final Map<Integer, Prepared> prepared = new HashMap<>();

    /** A sentence asked of the synthesizer: what it was given and what came back so far. */
    record Prepared(SpokenText spoken, SentenceAudio audio, Future<?> task) {
        void cancel() {
            audio.cancel();
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    LookAhead(Function<Language, Optional<Synthesizer>> voices) {
        this.voices = voices;
    }

    /**
     * Sentence {@code index} of {@code chapter} at {@code rate}: the one asked before if it was asked at
     * that rate, else asked now. Null past the chapter's end.
     */
    Prepared prepare(Chapter chapter, int index, Pronunciation pronunciation, Language language, double rate) {
        if (index >= chapter.sentences().size()) {
            return null;
        }
        Prepared existing = prepared.get(index);
        if (existing != null && existing.audio().rate() == rate) {
            return existing;
        }
        SpokenText spoken = pronunciation.apply(chapter.sentences().get(index).text());
        SentenceAudio audio = new SentenceAudio(rate);
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

    /** Sentence {@code index} has been played: it is not needed again. */
    void played(int index) {
        prepared.remove(index);
    }

    /** Forgets every sentence but {@code keep} (the one playing, or -1): they were asked at an old rate. */
    void forgetAllBut(int keep) {
        prepared.entrySet().removeIf(e -> {
            boolean stale = e.getKey() != keep;
            if (stale) {
                e.getValue().cancel();
            }
            return stale;
        });
    }

    void forget() {
        forgetAllBut(-1);
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

    /** Cancels what is under way; the synthesizer thread ends with its current sentence. */
    @Override
    public void close() {
        forget();
        synthesis.shutdownNow();
    }
}
