package nl.verteller.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.verteller.audio.AudioFiles;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.ownwords.Enrolment;
import nl.verteller.ownwords.Profile;
import nl.verteller.ownwords.ProfileStore;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.voice.VoiceLanguage;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/**
 * {@code profile enrol --profile NAME --command TOKEN TAKE.wav…} (three takes or more),
 * {@code profile list}, {@code profile delete NAME}: patients' own words for commands, kept in
 * {@code profiles.file} as templates (numbers derived from the takes) and the text the personal-words
 * model heard; no audio is kept. A take longer than {@link #MAX_TAKE_SECONDS} is refused, naming the file.
 */
@CommandLine.Command(name = "profile", description = "personal voice profiles: a patient's own words",
        subcommands = {ProfileCommand.Enrol.class, ProfileCommand.ListProfiles.class, ProfileCommand.Delete.class})
final class ProfileCommand implements Callable<Integer> {
    /** A take longer than this is not one word (a wrong file, a recording left running). */
    static final int MAX_TAKE_SECONDS = 10;

    @ParentCommand
    private VertellerCommand verteller;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("profile needs enrol, list or delete");
    }

    private ProfileStore store() {
        return new ProfileStore(verteller.setup().config().get(Config.PROFILES_FILE));
    }

    @CommandLine.Command(name = "list", description = "one line per profile: its name and its own words")
    static final class ListProfiles implements Callable<Integer> {
        @ParentCommand
        private ProfileCommand profiles;

        @Override
        public Integer call() throws IOException {
            for (Profile profile : profiles.store().load().values()) {
                profiles.verteller.out().println(profile.name() + "\t"
                        + profile.words().keySet().stream().map(Command::token).toList());
            }
            return 0;
        }
    }

    @CommandLine.Command(name = "delete", description = "a profile and all its words")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        private ProfileCommand profiles;

        @Parameters(paramLabel = "P")
        private String name;

        @Override
        public Integer call() throws IOException {
            if (!profiles.store().delete(name)) {
                profiles.verteller.err().println("No profile \"" + name + "\"");
                return 1;
            }
            return 0;
        }
    }

    @CommandLine.Command(name = "enrol", description = "a patient's own word for a command, from three takes or more")
    static final class Enrol implements Callable<Integer> {
        @ParentCommand
        private ProfileCommand profiles;

        @Option(names = "--profile", paramLabel = "P", required = true)
        private String name;

        @Option(names = "--command", paramLabel = "TOKEN", required = true,
                description = "a command such as READ or \"CHAPTER 2\"")
        private String token;

        @Parameters(paramLabel = "TAKE.wav", arity = "1..*")
        private List<String> files;

        @Override
        public Integer call() throws UsageException, IOException {
            if (!name.matches("[\\p{L}\\p{N}_-]{1,40}") || name.equals(Profile.GUEST)) {
                throw new UsageException("--profile must be a name of letters and digits, not \"" + name + "\"");
            }
            Command command = Command.parse(token)
                    .orElseThrow(() -> new UsageException("--command must be a command such as READ or \"CHAPTER 2\","
                            + " not \"" + token + "\""));
            if (files.size() < 3) {
                throw new UsageException("profile enrol needs three takes or more");
            }
            PrintStream err = profiles.verteller.err();
            List<short[]> takes = new ArrayList<>();
            for (String file : files) {
                short[] take = AudioFiles.read16kMono(Path.of(file));
                if (take.length > MAX_TAKE_SECONDS * 16_000) {
                    err.println("Not enrolled: " + file + " is longer than " + MAX_TAKE_SECONDS
                            + " s; a take is one word, said once");
                    return 1;
                }
                takes.add(take);
            }
            Setup setup = profiles.verteller.setup();
            Language model = Language.fromCode(setup.config().get(Config.VOICE_PERSONAL_MODEL)).orElse(Language.EN);
            ProfileStore store = profiles.store();
            try (VoiceLanguage voice = VoiceSetup.load(setup, model)) {
                Profile profile = store.find(name).orElse(new Profile(name, Map.of()));
                Profile taught = new Enrolment(voice).enrol(profile, command, takes);
                // Read, merge, write under the store's lock: another enrolment of this profile running at
                // the same time keeps its word.
                Profile enrolled = store.update(name, stored -> taught.mergedInto(stored, Set.of(command)));
                // The strings the model heard, beside the sound: none ([]) for a word it hears nothing usable in.
                profiles.verteller.out().println(name + "\t" + command.token() + "\t"
                        + enrolled.words().getOrDefault(command, List.of()));
                return 0;
            } catch (VoiceSetup.Unavailable e) {
                err.println("No model to hear personal words: " + e.getMessage());
                return 1;
            } catch (Enrolment.Refused e) {
                if (e.unkept().isPresent()) {
                    // The word refused stays in the profile as no command: the patient may still say it.
                    store.update(name, stored -> Enrolment.keepUnkept(stored, e));
                }
                err.println("Not enrolled: " + e.getMessage());
                return 1;
            }
        }
    }

    /** The profile called {@code name}, for {@code recognize --profile}. */
    static Optional<Profile> find(Setup setup, String name) throws IOException {
        return new ProfileStore(setup.config().get(Config.PROFILES_FILE)).find(name);
    }
}
