package nl.verteller.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.voice.AudioFiles;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.Profile;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code recognize --lang L F.wav…}: each file through the kiosk's recognizer, in microphone-sized
 * chunks, listening as on the reader of the language's first leaflet. One JSON line per file:
 * {@code {"file":…,"command":"NEXT_CHAPTER"|null,"heard":…,"confidence":…,"decided_at_ms":…}}.
 */
final class RecognizeCommand {
    private RecognizeCommand() {
    }

    static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        Args parsed = Args.parse(args, Set.of("--lang", "--profile"), Set.of());
        Language language = parsed.language("--lang");
        if (parsed.words().isEmpty()) {
            throw new UsageException("recognize needs one or more WAV files");
        }
        Profile profile = Profile.guest();
        if (parsed.has("--profile")) {
            String name = parsed.required("--profile");
            Optional<Profile> found = ProfileCommand.find(setup, name);
            if (found.isEmpty()) {
                err.println("No profile \"" + name + "\" (see: verteller profile list)");
                return 1;
            }
            profile = found.get();
        }
        List<String> titles = setup.library().leaflets(language).stream().findFirst()
                .map(l -> l.chapters().stream().map(Chapter::title).toList()).orElse(List.of());
        try (VoiceLanguage voice = VoiceSetup.loadFor(setup, language)) {
            PhraseSet phrases = voice.phrases(titles).withPersonal(profile);
            for (String name : parsed.words()) {
                try (CommandRecognizer recognizer = voice.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
                    out.println(line(name, recognizer.recognize(AudioFiles.read16kMono(Path.of(name)))));
                }
            }
        } catch (VoiceSetup.Unavailable e) {
            err.println("No voice control for " + language + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static String line(String file, Optional<Decision> decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("command", decision.filter(Decision::accepted).map(d -> d.command().token()).orElse(null));
        json.put("heard", decision.map(Decision::heard).orElse(""));
        json.put("confidence", decision.map(Decision::confidence).orElse(0.0));
        json.put("decided_at_ms", decision.map(Decision::decidedAtMs).orElse(null));
        return Json.object(json);
    }
}
