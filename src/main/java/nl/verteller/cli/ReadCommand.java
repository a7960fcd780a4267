package nl.verteller.cli;

import com.eclipsesource.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.verteller.audio.WavWriter;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.setup.Setup;
import nl.verteller.speech.ChapterRecording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code read --lang L --leaflet ID --chapter N --out F.wav}: a whole chapter to WAV through the
 * narrator, and one JSON line per sentence: {@code {"sentence":i,"start_ms":…,"end_ms":…,"text":"…"}}.
 */
@Command(name = "read", description = "a chapter to WAV, one JSON line per sentence")
final class ReadCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Option(names = "--lang", paramLabel = "L", required = true)
    private Language language;

    @Option(names = "--leaflet", paramLabel = "ID", required = true)
    private String id;

    @Option(names = "--chapter", paramLabel = "N", required = true)
    private int number;

    @Option(names = "--out", paramLabel = "F.wav", required = true)
    private Path file;

    @Override
    public Integer call() throws UsageException, IOException, InterruptedException {
        if (number < 1) {
            throw new UsageException("--chapter must be a whole number from 1, not " + number);
        }
        WavWriter.checkWritable(file);
        Setup setup = verteller.setup();
        PrintStream err = verteller.err();
        Optional<Leaflet> leaflet = setup.library().find(id, language);
        if (leaflet.isEmpty()) {
            err.println("No leaflet \"" + id + "\" in " + language + " (see: verteller list --lang " + language + ")");
            return 1;
        }
        if (number > leaflet.get().chapters().size()) {
            err.println("Leaflet " + id + " has chapters 1 to " + leaflet.get().chapters().size());
            return 1;
        }
        Optional<String> noVoice = setup.synthesizers().problem(language);
        if (noVoice.isPresent()) {
            err.println("No voice for " + language + ": " + noVoice.get());
            return 1;
        }
        ChapterRecording recording = ChapterRecording.record(setup.synthesizers(), leaflet.get(),
                leaflet.get().chapter(number), setup.library().pronunciation(language),
                setup.config().get(Config.READING_GAP_MS), setup.config().get(Config.READING_RATE_STEP), 600);
        if (recording.problem() != null) {
            err.println("Reading stopped: " + recording.problem());
            return 1;
        }
        WavWriter.write(file, Math.max(recording.sampleRate(), 1), recording.pcm(), recording.pcm().length);
        for (ChapterRecording.Span span : recording.spans()) {
            verteller.out().println(new JsonObject().add("sentence", span.index()).add("start_ms", span.startMillis())
                    .add("end_ms", span.endMillis()).add("text", span.text()));
        }
        return 0;
    }
}
