package nl.verteller.cli;

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
import nl.verteller.ownwords.AcousticMatch;
import nl.verteller.ownwords.AcousticMatcher;
import nl.verteller.ownwords.OwnWordsListener;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
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
public final class RecognizeCommand {
    private static final int QUIET = 8_000;
    private RecognizeCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
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
            // As the kiosk hears: own words taught as sound by their sound, the rest by the speech model.
            PhraseSet phrases = voice.phrases(titles).withPersonal(profile.sounds().isEmpty() ? profile
                    : profile.withoutText());
            AcousticMatcher matcher = new AcousticMatcher(profile.sounds());
            for (String name : parsed.words()) {
                short[] audio = AudioFiles.read16kMono(Path.of(name));
                Optional<OwnWordsListener.Heard> own = matcher.isEmpty() ? Optional.empty()
                        : new OwnWordsListener(matcher).firstAccepted(withQuietAround(audio));
                if (own.isPresent()) {
                    AcousticMatch match = own.get().match();
                    out.println(line(name, Optional.of(new Decision(match.command(), "(own word)", match.confidence(),
                            own.get().decidedAtMillis() - QUIET / 16, null))));
                    continue;
                }
                try (CommandRecognizer recognizer = voice.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
                    out.println(line(name, recognizer.recognize(audio)));
                }
            }
        } catch (VoiceSetup.Unavailable e) {
            err.println("No voice control for " + language + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * Half a second of quiet before and after: a file may start right on the word, where a microphone
     * would have heard the room before it. Positions in the output stay those of the file.
     */
    private static short[] withQuietAround(short[] audio) {
        short[] padded = new short[audio.length + 2 * QUIET];
        System.arraycopy(audio, 0, padded, QUIET, audio.length);
        return padded;
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
