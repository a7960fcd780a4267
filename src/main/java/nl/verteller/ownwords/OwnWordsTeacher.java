package nl.verteller.ownwords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.OwnWords.Teaching.Phase;
import nl.verteller.kiosk.OwnWords.Teaching;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.kiosk.Teacher;
import nl.verteller.speech.Prompter;
import nl.verteller.text.Texts;
import nl.verteller.time.OwnedThreads;
import nl.verteller.voice.TakeRecorder;
import nl.verteller.voice.VoiceLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches own words on screen and keeps the profiles: for each command it says and shows "say your
 * word for … now", takes three takes from the microphone (a take too short or too loud is asked
 * again at once), learns the word with {@link Enrolment} (a word like another command's is refused,
 * and a different one asked for), saves the profile (text only), and ends with a test take. All of
 * it on one worker thread ({@code teacher}); what happens is reported as {@link OwnWords}.
 */
public final class OwnWordsTeacher implements Teacher, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OwnWordsTeacher.class);
    private static final int TAKES = 3;
    private static final int MAX_TAKES = Enrolment.MAX_TAKES;
    private static final int TRIES = 3;
    private static final int MISSES = 2;
    private static final long TAKE_TIMEOUT_MILLIS = 10_000;
    /** After a prompt, its echo dies away before listening starts. */
    private static final long ECHO_MILLIS = 400;
    private static final long READ_MILLIS = 1500;

    private final Path profilesFile;
    private final ModelLoader personalModel;
    private final ProfileStore store;
    private final TakeRecorder recorder;
    private final Prompter prompter;
    private final BooleanSupplier microphone;
    private final Consumer<OwnWords> report;
    private final Consumer<Profile> listenFor;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            task -> OwnedThreads.daemon(task, "teacher"));
    private Future<?> round;
    private volatile Profile active = Profile.guest();
    private volatile Teaching teaching;
    private VoiceLanguage model;

    /** Loads the speech model that transcribes takes (the text kept beside the templates). */
    @FunctionalInterface
    public interface ModelLoader {
        VoiceLanguage load() throws IOException;
    }

    /**
     * @param profilesFile  where the profiles are kept
     * @param personalModel the model that hears own words as text, loaded when a round first needs it
     * @param microphone whether a microphone is open and delivering audio
     * @param report     told every change of profiles and teaching, on the worker thread
     * @param listenFor  told the profile whose words voice control listens for from now on
     */
    public OwnWordsTeacher(Path profilesFile, ModelLoader personalModel, TakeRecorder recorder, Prompter prompter,
            BooleanSupplier microphone, Consumer<OwnWords> report, Consumer<Profile> listenFor) {
        this.profilesFile = profilesFile;
        this.personalModel = personalModel;
        this.store = new ProfileStore(profilesFile);
        this.recorder = recorder;
        this.prompter = prompter;
        this.microphone = microphone;
        this.report = report;
        this.listenFor = listenFor;
    }

    @Override
    public synchronized void teach(List<Command> commands, Language language) {
        stopRound();
        round = worker.submit(() -> run(commands, language));
    }

    @Override
    public synchronized void cancel() {
        if (stopRound()) {
            worker.execute(() -> {
                teaching = null;
                publish();
            });
        }
    }

    private boolean stopRound() {
        boolean running = round != null && !round.isDone();
        if (round != null) {
            round.cancel(true);
            round = null;
        }
        recorder.disarm();
        return running;
    }

    @Override
    public void use(String profile) {
        worker.execute(() -> {
            try {
                Optional<Profile> found = store.find(profile);
                if (found.isEmpty()) {
                    // The name is a patient's: never in the log.
                    LOG.warn("The chosen profile is not in {}; listening without own words", profilesFile);
                }
                activate(found.orElse(Profile.guest()));
            } catch (IOException e) {
                LOG.warn("Cannot read the profiles: {}", e.getMessage());
                activate(Profile.guest());
            }
        });
    }

    @Override
    public void create() {
        worker.execute(() -> {
            try {
                activate(newProfile());
            } catch (IOException e) {
                LOG.warn("Cannot make a profile: {}", e.getMessage());
            }
        });
    }

    @Override
    public void delete(String profile) {
        worker.execute(() -> {
            try {
                store.delete(profile);
            } catch (IOException e) {
                LOG.warn("Cannot delete a profile: {}", e.getMessage());
            }
            activate(profile.equals(active.name()) ? Profile.guest() : active);
        });
    }

    /** The profiles as they are now; call once at start. */
    void start() {
        worker.execute(this::publish);
    }

    private Profile newProfile() throws IOException {
        Map<String, Profile> all = store.load();
        int number = 1;
        while (all.containsKey(Integer.toString(number))) {
            number++;
        }
        Profile made = new Profile(Integer.toString(number), Map.of());
        store.save(made);
        return made;
    }

    private void activate(Profile profile) {
        active = profile;
        listenFor.accept(profile);
        publish();
    }

    private void publish() {
        List<String> names = List.of();
        try {
            names = List.copyOf(store.load().keySet());
            if (teaching != null && teaching.phase() == Phase.UNREADABLE) {
                teaching = null;
            }
        } catch (IOException e) {
            // Said on the own-words screen too: everyone silently a guest would look like lost words.
            LOG.warn("Cannot read the profiles: {}", e.getMessage());
            if (teaching == null || !teaching.active()) {
                teaching = Teaching.of(null, 0, Phase.UNREADABLE);
            }
        }
        report.accept(new OwnWords(active.name(), names, active.taught(), teaching, false));
    }

    private void show(Teaching now) {
        teaching = now;
        publish();
    }

    private void run(List<Command> commands, Language language) {
        Texts texts = Texts.of(language);
        try {
            if (model == null) {
                model = personalModel.load();
            }
            if (active.name().equals(Profile.GUEST)) {
                activate(newProfile());
            }
            for (Command command : commands) {
                if (!learn(command, texts)) {
                    return;
                }
            }
            test(texts);
        } catch (IOException e) {
            LOG.warn("Own words cannot be taught here: {}", e.getMessage());
            show(Teaching.of(null, 0, Phase.UNAVAILABLE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Teaching own words stopped on a fault; the words learned so far are kept", e);
            show(Teaching.of(null, 0, Phase.FAILED));
        } finally {
            recorder.disarm();
        }
    }


    /** Learns one command's word; false when teaching cannot go on (no microphone). */
    private boolean learn(Command command, Texts texts) throws InterruptedException, IOException {
        List<short[]> takes = new ArrayList<>();
        int wanted = TAKES;
        int farTakes = 0;
        int attempt = 1;
        while (attempt <= TRIES) {
            int misses = 0;
            while (takes.size() < wanted) {
                int number = takes.size() + 1;
                Optional<short[]> take = take(Teaching.of(command, number, Phase.ASKING), texts,
                        number == 1 ? texts.format("ownwords.say", texts.command(command))
                                : texts.get("ownwords.again"));
                if (take.isEmpty()) {
                    if (!microphone.getAsBoolean()) {
                        show(Teaching.of(command, number, Phase.UNAVAILABLE));
                        return false;
                    }
                    if (++misses >= MISSES) {
                        tell(Teaching.of(command, number, Phase.SKIPPED), texts);
                        return true;
                    }
                    tell(Teaching.of(command, number, Phase.NOTHING_HEARD), texts);
                    continue;
                }
                try {
                    Enrolment.trimmed(take.get(), number);
                    takes.add(take.get());
                } catch (Enrolment.Refused e) {
                    tell(Teaching.of(command, number, phase(e.reason())), texts);
                }
            }
            show(Teaching.of(command, takes.size(), Phase.LEARNING));
            try {
                Profile taught = new Enrolment(model).enrol(active, command, takes);
                // Merged into the profile as it is on disk now: a word taught meanwhile elsewhere stays.
                active = store.update(active.name(), stored -> taught.mergedInto(stored, Set.of(command)));
                listenFor.accept(active);
                publish();
                return true;
            } catch (Enrolment.Refused e) {
                if (e.unkept().isPresent()) {
                    // What the patient said and was not kept is no command: they may say it again.
                    active = store.update(active.name(), stored -> Enrolment.keepUnkept(stored, e));
                    listenFor.accept(active);
                }
                tell(new Teaching(command, e.take(), phase(e.reason()), null, e.other()), texts);
                if (e.reason() == Enrolment.Refused.Reason.FAR_TAKE && ++farTakes <= MAX_TAKES) {
                    takes.remove(e.take() - 1);
                } else if (e.reason() == Enrolment.Refused.Reason.MORE_TAKES) {
                    wanted++;
                } else {
                    // Another word, or the same said better: all takes afresh.
                    takes.clear();
                    wanted = TAKES;
                    attempt++;
                }
            }
        }
        tell(Teaching.of(command, 0, Phase.SKIPPED), texts);
        return true;
    }

    /** The test at the end: any of the words just taught, heard as the kiosk will hear it. */
    private void test(Texts texts) throws InterruptedException, IOException {
        Optional<short[]> take = take(Teaching.of(null, 1, Phase.ASKING), texts, texts.get("ownwords.test"));
        Command heard = null;
        if (take.isPresent()) {
            try {
                // Cut and padded as the enrolment takes were, and matched as the kiosk will match it.
                heard = new OwnWordsListener(AcousticMatcher.of(active))
                        .firstCommand(Enrolment.trimmed(take.get(), 1)).orElse(null);
            } catch (Enrolment.Refused e) {
                heard = null;
            }
        }
        Teaching tested = new Teaching(null, 0, Phase.TESTED, heard, null);
        show(tested);
        prompter.sayAndWait(heard == null ? texts.get("ownwords.tested.none")
                : texts.format("ownwords.tested", texts.command(heard)), texts.language());
    }

    /** Asks aloud and on screen, waits for the echo to die away, then listens for one take. */
    private Optional<short[]> take(Teaching asking, Texts texts, String prompt) throws InterruptedException {
        show(asking);
        prompter.sayAndWait(prompt, texts.language());
        Thread.sleep(ECHO_MILLIS);
        recorder.arm();
        show(new Teaching(asking.command(), asking.take(), asking.command() == null ? Phase.TESTING : Phase.LISTENING,
                null, null));
        try {
            return recorder.next(TAKE_TIMEOUT_MILLIS);
        } finally {
            recorder.disarm();
        }
    }

    /** Shows a problem and says it, so a patient who cannot see the screen well hears it too. */
    private void tell(Teaching problem, Texts texts) throws InterruptedException {
        show(problem);
        prompter.sayAndWait(texts.format("ownwords.phase." + problem.phase(), texts.command(problem.command()),
                texts.command(problem.other()), problem.take()), texts.language());
        Thread.sleep(READ_MILLIS);
    }

    private static Phase phase(Enrolment.Refused.Reason reason) {
        return switch (reason) {
            case CLIPPED -> Phase.CLIPPED;
            case TOO_SHORT, TOO_FEW -> Phase.TOO_SHORT;
            case TOO_QUIET -> Phase.TOO_QUIET;
            case NOTHING_HEARD -> Phase.NOTHING_HEARD;
            case CONFLICT -> Phase.CONFLICT;
            case FAR_TAKE -> Phase.FAR_TAKE;
            case MORE_TAKES -> Phase.MORE_TAKES;
        };
    }


    @Override
    public synchronized void close() {
        stopRound();
        worker.execute(() -> {
            if (model != null) {
                model.close();
                model = null;
            }
        });
        worker.shutdown();
    }
}
