package nl.verteller.speech;

import java.util.Optional;
import java.util.Set;
import nl.verteller.content.Language;

/**
 * A voice: turns text into 16-bit mono PCM, with word starts when the engine can tell them.
 * Implementations are made by {@link Synthesizers} from a short name ({@code freetts}, {@code espeak}).
 * One thread at a time may synthesize; the narrator gives each voice its own synthesizer thread.
 */
public interface Synthesizer extends AutoCloseable {
    /** The short name used in configuration. */
    String name();

    /** The languages this voice can speak. */
    Set<Language> languages();

    /** Whether {@link AudioReceiver#word} is called. */
    boolean givesWordTimings();

    /** Why this voice cannot speak on this machine, in words that say what to do; empty when it can. */
    Optional<String> unavailableReason();

    /**
     * Speaks {@code text} into {@code receiver}, returning when all audio has been handed over.
     *
     * @param rate speaking rate relative to the voice's normal rate, 1.0 being normal
     * @throws SpeechException      when the engine fails or takes too long
     * @throws InterruptedException when the calling thread is interrupted; the engine is stopped
     */
    void synthesize(String text, Language language, double rate, AudioReceiver receiver)
            throws SpeechException, InterruptedException;

    /** Speaks {@code text} and returns all of it at once. */
    default Speech synthesize(String text, Language language, double rate) throws SpeechException, InterruptedException {
        Speech.Collector collector = new Speech.Collector();
        synthesize(text, language, rate, collector);
        return collector.speech();
    }

    @Override
    void close();
}
