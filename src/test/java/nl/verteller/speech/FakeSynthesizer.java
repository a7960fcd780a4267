package nl.verteller.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.verteller.content.Language;

/**
 * A voice for tests: every word of the text sounds as {@link #WORD_SAMPLES} samples of constant
 * amplitude {@link #AMPLITUDE} at {@link #RATE} Hz, with a word mark at each word. Remembers what
 * it was asked.
 */
class FakeSynthesizer implements Synthesizer {
    static final int RATE = 1000;
    static final int WORD_SAMPLES = 100;
    static final short AMPLITUDE = 10_000;

    /** A request as received. */
    record Call(String text, double rate) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final boolean wordTimings;
    /** A permit for each text synthesized in full. */
    private final Semaphore finished = new Semaphore(0);

    FakeSynthesizer() {
        this(true);
    }

    /** @param wordTimings false: a voice like espeak-ng on its command line, which says no word starts */
    FakeSynthesizer(boolean wordTimings) {
        this.wordTimings = wordTimings;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.values());
    }

    @Override
    public boolean givesWordTimings() {
        return wordTimings;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public void synthesize(String text, Language language, double rate, AudioReceiver receiver) {
        calls.add(new Call(text, rate));
        receiver.start(RATE);
        short[] word = new short[WORD_SAMPLES];
        Arrays.fill(word, AMPLITUDE);
        long sample = 0;
        int at = 0;
        for (String w : text.split(" ")) {
            int start = text.indexOf(w, at);
            at = start + w.length();
            if (wordTimings) {
                receiver.word(start, at, sample);
            }
            receiver.samples(word, word.length);
            sample += word.length;
        }
        if (receiver instanceof SentenceAudio audio) {
            // Its length known before a test that waits for this hears that it is done.
            audio.finish();
        }
        finished.release();
    }

    /** Waits (up to 10 s) until {@code count} texts have been synthesized in full, their length known. */
    void awaitFinished(int count) {
        try {
            if (finished.tryAcquire(count, 10, TimeUnit.SECONDS)) {
                finished.release(count);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
