package nl.verteller.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.verteller.content.Language;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real English model and test voices, and the kiosk's recognizer on the main menu's phrases with
 * its usual rules: for a test class that hears commands as the kiosk would. Loaded before the class's
 * first test, closed after its last: {@code @RegisterExtension static final EnglishEars EARS = new EnglishEars();}.
 */
final class EnglishEars implements BeforeAllCallback, AfterAllCallback {
    private VoiceLanguage english;
    private SpokenClips voices;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        english = VoiceLanguage.load(Language.EN, Path.of("models/en"), Path.of("content/en/commands.properties"));
        voices = new SpokenClips();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        english.close();
        voices.close();
    }

    SpokenClips voices() {
        return voices;
    }

    /** The recognizer on the main menu's phrases with the kiosk's usual rules, to hear one stream. */
    CommandRecognizer recognizer() throws IOException {
        return recognizer(List.of());
    }

    private CommandRecognizer recognizer(List<String> chapterTitles) throws IOException {
        return english.recognizer(english.phrases(chapterTitles), RecognitionRules.DEFAULT);
    }

    /** What the recognizer decides on {@code pcm}, a stream of its own (16 kHz mono). */
    Optional<Decision> hear(short[] pcm) throws IOException {
        return hear(pcm, List.of());
    }

    /** The same, on a leaflet's chapters menu: "chapter two" is a phrase when it has a second chapter. */
    Optional<Decision> hear(short[] pcm, List<String> chapterTitles) throws IOException {
        try (CommandRecognizer recognizer = recognizer(chapterTitles)) {
            return recognizer.recognize(pcm);
        }
    }
}
