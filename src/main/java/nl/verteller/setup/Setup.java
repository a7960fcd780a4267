package nl.verteller.setup;

import nl.verteller.config.Config;
import nl.verteller.content.Library;
import nl.verteller.content.LibraryLoader;
import nl.verteller.speech.Voices;

/**
 * What every part of the program starts from: the configuration, the content and the voices.
 *
 * @param config  the configuration, with its problems
 * @param library the leaflets that loaded, with the files that did not
 * @param voices  the voice per language
 */
public record Setup(Config config, Library library, Voices voices) implements AutoCloseable {
    public static Setup load(Config config) {
        return new Setup(config, new LibraryLoader().load(config.get(Config.CONTENT_DIR)), VoiceFactory.fromConfig(config));
    }

    @Override
    public void close() {
        voices.close();
    }
}
