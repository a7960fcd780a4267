package nl.verteller.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nl.verteller.content.Language;
import nl.verteller.voice.VoiceLanguage;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds the English speech model for the rest of a test class once its first {@code @Model} test
 * starts, so that every kiosk, voice control and command in the class shares the one loaded model
 * (a model folder is loaded once while anyone holds it) instead of loading its 100 MB again per test.
 * Released when the class ends; a class's {@code @Fast} tests never load it. Registered with
 * {@code @ExtendWith(EnglishModelHeld.class)}.
 */
public final class EnglishModelHeld implements BeforeEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(EnglishModelHeld.class);

    @Override
    public void beforeEach(ExtensionContext test) {
        if (!test.getTags().contains("model")) {
            return;
        }
        ExtensionContext testClass = test;
        while (testClass.getTestMethod().isPresent()) {
            testClass = testClass.getParent().orElseThrow();
        }
        testClass.getStore(HERE).getOrComputeIfAbsent(Held.class, type -> new Held(), Held.class);
    }

    /** The model held; JUnit closes it with the class's store. */
    static final class Held implements AutoCloseable {
        private final VoiceLanguage english;

        Held() {
            try {
                english = VoiceLanguage.load(Language.EN, Path.of("models/en"), Path.of("content/en/commands.properties"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            english.close();
        }
    }
}
