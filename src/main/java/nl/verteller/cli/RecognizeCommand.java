package nl.verteller.cli;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.verteller.audio.AudioFiles;
import nl.verteller.audio.RoomAround;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.ownwords.AcousticMatch;
import nl.verteller.ownwords.AcousticMatcher;
import nl.verteller.ownwords.OwnWordsListener;
import nl.verteller.ownwords.Profile;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.VoiceLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recognize --lang L F.wav…}: each file through the kiosk's recognizer, in microphone-sized
 * chunks, listening as on the reader of the language's first leaflet. One JSON line per file:
 * {@code {"file":…,"command":"NEXT_CHAPTER"|null,"heard":…,"confidence":…,"decided_at_ms":…}}.
 */
@Command(name = "recognize", description = "spoken commands in WAV files, one JSON line each")
final class RecognizeCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Option(names = "--lang", paramLabel = "L", required = true)
    private Language language;

    @Option(names = "--profile", paramLabel = "P", description = "hear with this patient's own words")
    private String profileName;

    @Parameters(paramLabel = "F.wav", arity = "1..*")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        Setup setup = verteller.setup();
        PrintStream out = verteller.out();
        Profile profile = Profile.guest();
        if (profileName != null) {
            Optional<Profile> found = ProfileCommand.find(setup, profileName);
            if (found.isEmpty()) {
                verteller.err().println("No profile \"" + profileName + "\" (see: verteller profile list)");
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
            AcousticMatcher matcher = AcousticMatcher.of(profile);
            for (String name : files) {
                // A file may start right on the word, or amid a TV's talk, where a microphone would have heard the
                // room before it. Positions in the output stay those of the file.
                short[] audio = RoomAround.heardAsRecording(AudioFiles.read16kMono(Path.of(name)));
                Optional<OwnWordsListener.Heard> own = matcher.isEmpty() ? Optional.empty()
                        : new OwnWordsListener(matcher).firstAccepted(audio);
                if (own.isPresent()) {
                    AcousticMatch match = own.get().match();
                    out.println(line(name, Optional.of(new Decision(match.command(), "(own word)", match.confidence(),
                            own.get().decidedAtMillis() - RoomAround.BEFORE_MILLIS, null))));
                    continue;
                }
                try (CommandRecognizer recognizer = voice.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
                    out.println(line(name, recognizer.recognize(audio).map(d -> new Decision(d.command(), d.heard(),
                            d.confidence(), d.decidedAtMs() - RoomAround.BEFORE_MILLIS, d.reason(), d.unsure(), d.shareOfBar()))));
                }
            }
        } catch (VoiceSetup.Unavailable e) {
            verteller.err().println("No voice control for " + language + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static String line(String file, Optional<Decision> decision) {
        JsonValue decidedAt = decision.map(d -> Json.value(d.decidedAtMs())).orElse(Json.NULL);
        return new JsonObject().add("file", file)
                .add("command", decision.filter(Decision::accepted).map(d -> Json.value(d.command().token()))
                        .orElse(Json.NULL))
                .add("heard", decision.map(Decision::heard).orElse(""))
                .add("confidence", decision.map(Decision::confidence).orElse(0.0))
                .add("decided_at_ms", decidedAt)
                .add("why_not", decision.map(Decision::reason).map(Json::value).orElse(Json.NULL)).toString();
    }
}
