package nl.verteller.setup;

import nl.verteller.config.Config;
import nl.verteller.content.Library;
import nl.verteller.content.LibraryLoader;
import nl.verteller.speech.Synthesizers;

/**
 * What every part of the program starts from: the configuration, the content and the speech synthesizers.
 *
 * @param config  the configuration, with its problems
 * @param library the leaflets that loaded, with the files that did not
 * @param synthesizers the synthesizer (speech out) per language
 */
public record Setup(Config config, Library library, Synthesizers synthesizers) implements AutoCloseable {
    public static Setup load(Config config) {
        return new Setup(config, new LibraryLoader().load(config.get(Config.CONTENT_DIR)), SynthesizerFactory.fromConfig(config));
    }

    @Override
    public void close() {
        synthesizers.close();
    }
}
