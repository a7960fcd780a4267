package nl.verteller.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
