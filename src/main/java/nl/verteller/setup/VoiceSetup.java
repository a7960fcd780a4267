package nl.verteller.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.VoiceLanguage;

/** Where a language's speech model and phrases are, and the recognition rules, from configuration. */
public final class VoiceSetup {
    private VoiceSetup() {
    }

    /** Voice control cannot work in a language here; the message says what is missing. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Path modelDir(Config config, Language language) {
        return config.get(Config.MODELS_DIR).resolve(language.code());
    }

    public static Path commandsFile(Config config, Language language) {
        return config.get(Config.CONTENT_DIR).resolve(language.code()).resolve("commands.properties");
    }

    static boolean hasModel(Config config, Language language) {
        return Files.isDirectory(modelDir(config, language).resolve("am"));
    }

    public static VoiceLanguage load(Setup setup, Language language) throws Unavailable {
        try {
            return VoiceLanguage.load(language, modelDir(setup.config(), language), commandsFile(setup.config(), language));
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }

    /**
     * For {@link nl.verteller.voice.VoiceControl.Loader}: the same, with the reason as an IOException.
     * With {@code personalWords}, a language without a model borrows the personal-words model.
     */
    public static VoiceLanguage loadOrThrow(Setup setup, Language language, boolean personalWords) throws IOException {
        try {
        return personalWords ? loadFor(setup, language) : load(setup, language);
        } catch (Unavailable e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The model that hears {@code language}: its own when installed, else the model for personal
     * words (the only way a language without a model gets voice control).
     */
    static Language modelLanguage(Config config, Language language) {
        return hasModel(config, language) ? language : personalModel(config);
    }

    /** The language whose model hears a patient's own words, and teaches them. */
    public static Language personalModel(Config config) {
        return Language.fromCode(config.get(Config.VOICE_PERSONAL_MODEL)).orElse(Language.EN);
    }

    /** The phrases of {@code language} heard by the model of {@code modelLanguage}. */
    public static VoiceLanguage loadFor(Setup setup, Language language) throws Unavailable {
        Language model = modelLanguage(setup.config(), language);
        try {
            return VoiceLanguage.load(language, modelDir(setup.config(), model), commandsFile(setup.config(), language),
                    model != language);
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }

    public static RecognitionRules rules(Config config) {
        return new RecognitionRules(config.get(Config.VOICE_MIN_CONFIDENCE) / 100.0, config.get(Config.VOICE_MIN_MARGIN),
                config.get(Config.VOICE_STABLE_MS),
                config.get(Config.VOICE_END_SILENCE_MS), config.get(Config.VOICE_REJECT_UNKNOWN),
                config.get(Config.VOICE_SILENCE_BEFORE_MS), config.get(Config.VOICE_NOISE_FLOOR) / 100.0);
    }
}
