package nl.verteller.setup;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.speech.Synthesizers;

/** Makes the voices named in the configuration, by short name: {@code freetts}, {@code espeak}. */
public final class SynthesizerFactory {
    private SynthesizerFactory() {
    }

    /** The voice per language; one engine serves every language that names it. */
    public static Synthesizers fromConfig(Config config) {
        Map<String, Synthesizer> engines = new LinkedHashMap<>();
        Map<Language, Synthesizer> byLanguage = new EnumMap<>(Language.class);
        byLanguage.put(Language.NL, engines.computeIfAbsent(config.get(Config.VOICE_NL), name -> create(name, config)));
        byLanguage.put(Language.EN, engines.computeIfAbsent(config.get(Config.VOICE_EN), name -> create(name, config)));
        return new Synthesizers(byLanguage);
    }

    /** The engine called {@code name}, configured. */
    public static Synthesizer create(String name, Config config) {
        return switch (name) {
            case "freetts" -> new FreeTtsSynthesizer(config.get(Config.FREETTS_WPM));
            case "espeak" -> new EspeakSynthesizer(config.get(Config.ESPEAK_COMMAND),
                    Map.of(Language.NL, config.get(Config.ESPEAK_VOICE_NL), Language.EN, config.get(Config.ESPEAK_VOICE_EN)),
                    config.get(Config.ESPEAK_WPM), config.get(Config.ESPEAK_TIMEOUT_MS));
            default -> throw new IllegalArgumentException("unknown voice engine " + name + " (freetts, espeak)");
        };
    }
}
