package nl.verteller.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.verteller.audio.WavWriter;
import nl.verteller.content.Language;
import nl.verteller.setup.Setup;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code speak --lang L --out F.wav TEXT}: TEXT in the language's voice, with its pronunciation list. */
@Command(name = "speak", description = "say TEXT into a WAV file")
final class SpeakCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Option(names = "--lang", paramLabel = "L", required = true)
    private Language language;

    @Option(names = "--out", paramLabel = "F.wav", required = true)
    private Path file;

    @Parameters(paramLabel = "TEXT", arity = "1..*")
    private List<String> words;

    @Override
    public Integer call() throws UsageException, IOException, InterruptedException {
        WavWriter.checkWritable(file);
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new UsageException("speak needs the TEXT to say");
        }
        Setup setup = verteller.setup();
        Synthesizer voice = setup.synthesizers().forLanguage(language).orElse(null);
        if (voice == null) {
            verteller.err().println("No voice for " + language + ": "
                    + setup.synthesizers().problem(language).orElse("unknown reason"));
            return 1;
        }
        try {
            Speech speech = voice.synthesize(setup.library().pronunciation(language).apply(text).spoken(), language, 1.0);
            WavWriter.write(file, speech.sampleRate(), speech.pcm(), speech.pcm().length);
            verteller.err().printf("%s: %.2f s of speech by %s%n", file, speech.seconds(), voice.name());
            return 0;
        } catch (SpeechException e) {
            verteller.err().println("Could not speak: " + e.getMessage());
            return 1;
        }
    }
}
