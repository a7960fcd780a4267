package nl.verteller.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.setup.Setup;
import nl.verteller.speech.WavWriter;

/**
 * {@code read --lang L --leaflet ID --chapter N --out F.wav}: a whole chapter to WAV through the
 * narrator, and one JSON line per sentence: {@code {"sentence":i,"start_ms":…,"end_ms":…,"text":"…"}}.
 */
public final class ReadCommand {
    private ReadCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, IOException, InterruptedException {
        Args parsed = Args.parse(args, Set.of("--lang", "--leaflet", "--chapter", "--out"), Set.of());
        Language language = parsed.language("--lang");
        String id = parsed.required("--leaflet");
        int number = parsed.positiveInt("--chapter");
        Path file = parsed.path("--out");
        if (!parsed.words().isEmpty()) {
            throw new UsageException("read takes no words, only options");
        }
        WavWriter.checkWritable(file);
        Optional<Leaflet> leaflet = setup.library().find(id, language);
        if (leaflet.isEmpty()) {
            err.println("No leaflet \"" + id + "\" in " + language + " (see: verteller list --lang " + language + ")");
            return 1;
        }
        if (number > leaflet.get().chapters().size()) {
            err.println("Leaflet " + id + " has chapters 1 to " + leaflet.get().chapters().size());
            return 1;
        }
        Optional<String> noVoice = setup.voices().problem(language);
        if (noVoice.isPresent()) {
            err.println("No voice for " + language + ": " + noVoice.get());
            return 1;
        }
        ChapterRecording recording = ChapterRecording.record(setup.voices(), leaflet.get(),
                leaflet.get().chapter(number), setup.library().pronunciation(language), setup.config(), 600);
        if (recording.problem() != null) {
            err.println("Reading stopped: " + recording.problem());
            return 1;
        }
        WavWriter.write(file, Math.max(recording.sampleRate(), 1), recording.pcm(), recording.pcm().length);
        for (ChapterRecording.Span span : recording.spans()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sentence", span.index());
            line.put("start_ms", span.startMillis());
            line.put("end_ms", span.endMillis());
            line.put("text", span.text());
            out.println(Json.object(line));
        }
        return 0;
    }
}
