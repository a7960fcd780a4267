package nl.verteller.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.voice.AudioFiles;
import nl.verteller.voice.Enrolment;
import nl.verteller.voice.Profile;
import nl.verteller.voice.ProfileStore;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code profile enrol --profile NAME --command TOKEN TAKE.wav…} (three takes or more),
 * {@code profile list}, {@code profile delete NAME}: patients' own words for commands, kept in
 * {@code profiles.file} as templates (numbers derived from the takes) and the text the personal-words
 * model heard; no audio is kept. A take longer than {@link #MAX_TAKE_SECONDS} is refused, naming the file.
 */
public final class ProfileCommand {
    /** A take longer than this is not one word (a wrong file, a recording left running). */
    static final int MAX_TAKE_SECONDS = 10;
    private ProfileCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        if (args.isEmpty()) {
            throw new UsageException("profile needs enrol, list or delete");
        }
        ProfileStore store = new ProfileStore(setup.config().get(Config.PROFILES_FILE));
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "enrol" -> enrol(rest, setup, store, out, err);
            case "list" -> {
                for (Profile profile : store.load().values()) {
                    out.println(profile.name() + "\t" + profile.words().keySet().stream().map(Command::token).toList());
                }
                yield 0;
            }
            case "delete" -> {
                if (rest.size() != 1) {
                    throw new UsageException("profile delete takes one NAME");
                }
                if (!store.delete(rest.get(0))) {
                    err.println("No profile \"" + rest.get(0) + "\"");
                    yield 1;
                }
                yield 0;
            }
            default -> throw new UsageException("unknown profile action \"" + args.get(0) + "\" (enrol, list, delete)");
        };
    }

    private static int enrol(List<String> args, Setup setup, ProfileStore store, PrintStream out, PrintStream err)
            throws UsageException, IOException {
        Args parsed = Args.parse(args, Set.of("--profile", "--command"), Set.of());
        String name = parsed.required("--profile");
        if (!name.matches("[\\p{L}\\p{N}_-]{1,40}") || name.equals(Profile.GUEST)) {
            throw new UsageException("--profile must be a name of letters and digits, not \"" + name + "\"");
        }
        String token = parsed.required("--command");
        Command command = Command.parse(token)
                .orElseThrow(() -> new UsageException("--command must be a command such as READ or \"CHAPTER 2\", not \""
                        + token + "\""));
        if (parsed.words().size() < 3) {
            throw new UsageException("profile enrol needs three takes or more");
        }
        List<short[]> takes = new ArrayList<>();
        for (String file : parsed.words()) {
            short[] take = AudioFiles.read16kMono(Path.of(file));
            if (take.length > MAX_TAKE_SECONDS * 16_000) {
                err.println("Not enrolled: " + file + " is longer than " + MAX_TAKE_SECONDS
                        + " s; a take is one word, said once");
                return 1;
            }
            takes.add(take);
        }
        Language model = Language.fromCode(setup.config().get(Config.VOICE_PERSONAL_MODEL)).orElse(Language.EN);
        try (VoiceLanguage voice = VoiceSetup.load(setup, model)) {
            Profile profile = store.find(name).orElse(new Profile(name, Map.of()));
            Profile taught = new Enrolment(voice).enrol(profile, command, takes);
            // Read, merge, write under the store's lock: another enrolment of this profile running at
            // the same time keeps its word.
            Profile enrolled = store.update(name, stored -> taught.mergedInto(stored, Set.of(command)));
            out.println(name + "\t" + command.token() + "\t" + enrolled.words().get(command));
            return 0;
        } catch (VoiceSetup.Unavailable e) {
            err.println("No model to hear personal words: " + e.getMessage());
            return 1;
        } catch (Enrolment.Refused e) {
            err.println("Not enrolled: " + e.getMessage());
            return 1;
        }
    }

    /** The profile called {@code name}, for {@code recognize --profile}. */
    static Optional<Profile> find(Setup setup, String name) throws IOException {
        return new ProfileStore(setup.config().get(Config.PROFILES_FILE)).find(name);
    }
}
