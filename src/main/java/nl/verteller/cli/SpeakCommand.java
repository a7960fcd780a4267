package nl.verteller.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.verteller.content.Language;
import nl.verteller.setup.Setup;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import nl.verteller.speech.WavWriter;

/** {@code speak --lang L --out F.wav TEXT}: TEXT in the language's voice, with its pronunciation list. */
public final class SpeakCommand {
    private SpeakCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, IOException, InterruptedException {
        Args parsed = Args.parse(args, Set.of("--lang", "--out"), Set.of());
        Language language = parsed.language("--lang");
        Path file = parsed.path("--out");
        WavWriter.checkWritable(file);
        String text = String.join(" ", parsed.words()).strip();
        if (text.isEmpty()) {
            throw new UsageException("speak needs the TEXT to say");
        }
        Synthesizer voice = setup.voices().forLanguage(language).orElse(null);
        if (voice == null) {
            err.println("No voice for " + language + ": " + setup.voices().problem(language).orElse("unknown reason"));
            return 1;
        }
        try {
            Speech speech = voice.synthesize(setup.library().pronunciation(language).apply(text).spoken(), language, 1.0);
            WavWriter.write(file, speech.sampleRate(), speech.pcm(), speech.pcm().length);
            err.printf("%s: %.2f s of speech by %s%n", file, speech.seconds(), voice.name());
            return 0;
        } catch (SpeechException e) {
            err.println("Could not speak: " + e.getMessage());
            return 1;
        }
    }
}
