package nl.verteller.speech;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.verteller.content.Language;

/**
 * The speech synthesizer of each language, with the voice it speaks in (see
 * {@code setup.SynthesizerFactory} for how they are made from configuration). A language whose
 * synthesizer cannot speak here has none, and {@link #problem} says what to install.
 */
public final class Synthesizers implements AutoCloseable {
    private final Map<Language, Synthesizer> byLanguage;

    public Synthesizers(Map<Language, Synthesizer> byLanguage) {
        this.byLanguage = new EnumMap<>(byLanguage);
    }

    /** The configured voice for {@code language}, whether or not it can speak here. */
    public Optional<Synthesizer> configured(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** The voice for {@code language} when it can speak here. */
    public Optional<Synthesizer> forLanguage(Language language) {
        return configured(language).filter(s -> s.unavailableReason().isEmpty());
    }

    /** Why {@code language} has no voice here; empty when it has one. */
    public Optional<String> problem(Language language) {
        return configured(language).map(s -> s.unavailableReason())
                .orElse(Optional.of("no voice configured for " + language));
    }

    @Override
    public void close() {
        byLanguage.values().stream().distinct().forEach(Synthesizer::close);
    }
}
