package nl.verteller.app;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import nl.verteller.access.Scanner;
import nl.verteller.audio.AudioOut;
import nl.verteller.audio.SpeakerSink;
import nl.verteller.config.Config;
import nl.verteller.config.SettingsFile;
import nl.verteller.content.ContentWatcher;
import nl.verteller.content.Language;
import nl.verteller.echo.EchoCanceller;
import nl.verteller.echo.EchoReference;
import nl.verteller.kiosk.IdleReset;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.Settings;
import nl.verteller.kiosk.SpeechHealth;
import nl.verteller.ownwords.OwnWordsTeacher;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.Narrator;
import nl.verteller.speech.Prompter;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import nl.verteller.time.SwingScheduler;
import nl.verteller.ui.KioskFrame;
import nl.verteller.ui.theme.Theme;
import nl.verteller.voice.TakeRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running kiosk, wired in one direction: inputs → controller (EDT) → frame and narrator;
 * narrator events → controller, handed over with {@code invokeLater}. The application and the
 * screen tests start it the same way.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);

    private final Setup setup;
    private final Narrator narrator;
    private final KioskController controller;
    private final KioskFrame frame;
    private final VoiceInputs voice;
    private final ContentWatcher content;
    private final InputService access;
    private final SettingsFile settings;
    private final OwnWordsTeacher teacher;
    private final Prompter prompter;
    private final AudioOut out;

    private Kiosk(Setup setup, Narrator narrator, KioskController controller, KioskFrame frame, VoiceInputs voice,
            ContentWatcher content, InputService access, SettingsFile settings, OwnWordsTeacher teacher,
            Prompter prompter, AudioOut out) {
        this.out = out;
        this.setup = setup;
        this.narrator = narrator;
        this.controller = controller;
        this.frame = frame;
        this.voice = voice;
        this.content = content;
        this.access = access;
        this.settings = settings;
        this.teacher = teacher;
        this.prompter = prompter;
    }

    /**
     * Makes the kiosk and shows its window. The voices are not warmed up yet: see {@link #warmUpVoices}.
     *
     * @param onFirstPaint run once after the window's first complete paint, on the EDT
     */
    public static Kiosk start(Setup setup, boolean windowed, Runnable onFirstPaint) throws InterruptedException {
        Config config = setup.config();
        AtomicReference<KioskController> controller = new AtomicReference<>();
        AtomicReference<Narrator> narrator = new AtomicReference<>();
        // Every sound goes out one way; what the speaker plays is the echo canceller's reference.
        EchoReference played = new EchoReference(System::nanoTime);
        AudioOut out = new AudioOut(new SpeakerSink(config.get(Config.AUDIO_OUTPUT),
                config.get(Config.AUDIO_BUFFER_MS),
                (available, detail) -> narrator.get().speakerChanged(available, detail), played));
        narrator.set(new Narrator(setup.synthesizers()::forLanguage, out.narration(),
                event -> SwingUtilities.invokeLater(() -> controller.get().narration(event)),
                config.get(Config.READING_GAP_MS), config.get(Config.READING_RATE_STEP),
                config.get(Config.READING_VOLUME_STEP)));
        SettingsFile settings = new SettingsFile(config.file().orElse(null));
        AtomicReference<KioskFrame> frame = new AtomicReference<>();
        AtomicReference<InputService> access = new AtomicReference<>();
        AtomicReference<VoiceInputs> voice = new AtomicReference<>();
        AtomicReference<OwnWordsTeacher> teacher = new AtomicReference<>();
        TakeRecorder takes = new TakeRecorder();
        Prompter prompter = new Prompter(setup.synthesizers()::forLanguage, out);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.named(config.get(Config.UI_THEME)).install();
                KioskState start = startState(config);
                KioskController kiosk = new KioskController(setup.library(), narrator.get(), start,
                        config.get(Config.READING_AUTOSTART), new SwingScheduler());
                controller.set(kiosk);
                for (Language language : Language.values()) {
                    setup.synthesizers().configured(language).ifPresent(v ->
                            kiosk.speechHealth(language, SpeechHealth.starting(v.name())));
                }
                frame.set(new KioskFrame(kiosk, windowed, config.get(Config.KIOSK_ADMIN_PIN), onFirstPaint));
                access.set(InputService.install(config, frame.get(), start.settings()));
                if (config.get(Config.ACCESS_SCAN_SPEAK)) {
                    speakScanTargets(kiosk, prompter, access.get().scanner());
                }
                IdleReset idle = new IdleReset(new SwingScheduler(), config.get(Config.KIOSK_IDLE_MINUTES) * 60_000L,
                        kiosk, start);
                watchInput(frame.get(), idle);
                voice.set(VoiceInputs.start(setup, kiosk, idle::activity, access.get()::select, takes,
                        config.get(Config.VOICE_ECHO_CANCEL) ? heard -> new EchoCanceller(played, heard)
                                : heard -> heard, out));
                access.get().onTalkKey(voice.get()::talk);
                access.get().add(voice.get().voiceSwitch(), s -> s.on(Setting.VOICE_SWITCH)
                        && s.get(Setting.SCANNING) != Setting.SCAN_OFF);
                teacher.set(new OwnWordsTeacher(config.get(Config.PROFILES_FILE),
                        () -> VoiceSetup.loadOrThrow(setup, VoiceSetup.personalModel(config), false), takes, prompter,
                        voice.get()::microphoneAvailable,
                        own -> SwingUtilities.invokeLater(() -> kiosk.ownWords(own)), voice.get()::setProfile));
                kiosk.setTeacher(teacher.get());
                kiosk.setHelpVoice(new HelpAloud(prompter));
                kiosk.setQuestionVoice(new AskAloud(prompter));
                teacher.get().use(config.get(Config.VOICE_PROFILE));
                followSettings(kiosk, access.get(), settings, start.settings());
                frame.get().setVisible(true);
            });
        } catch (InvocationTargetException e) {
            narrator.get().close();
            out.close();
            throw new IllegalStateException("the kiosk window could not be made: " + e.getCause(), e.getCause());
        }
        return new Kiosk(setup, narrator.get(), controller.get(), frame.get(), voice.get(),
                watchContent(setup, controller.get()), access.get(), settings, teacher.get(), prompter, out);
    }

    /**
     * Settings changed on the settings screen take effect at once. Times and sizes are saved; input
     * methods are the patient's until the idle reset, so the file keeps the clinic's. EDT only.
     */
    private static void followSettings(KioskController kiosk, InputService access, SettingsFile file,
            Settings clinic) {
        AtomicReference<Settings> saved = new AtomicReference<>(kiosk.state().settings());
        kiosk.addListener(state -> {
            access.follow(state);
            Settings toSave = state.settings().withInputsOf(clinic);
            if (!toSave.equals(saved.get())) {
                saved.set(toSave);
                file.save(toSave);
            }
        });
    }

    /** Auditory scanning: each highlighted word said softly (never over the reading: the audio out sees to that). EDT only. */
    private static void speakScanTargets(KioskController kiosk, Prompter prompter, Scanner scanner) {
        scanner.announceWith(target -> prompter.say(target.word(), kiosk.state().language()));
    }

    /**
     * Leaflets added, edited or broken while the kiosk runs are loaded again by themselves, also from a
     * share that goes away and comes back (looked at every second).
     */
    private static ContentWatcher watchContent(Setup setup, KioskController controller) {
        ContentWatcher watcher = ContentWatcher.onOwnThread(setup.config().get(Config.CONTENT_DIR), setup.library(),
                1000, library -> SwingUtilities.invokeLater(() -> controller.replaceLibrary(library)));
        watcher.start();
        return watcher;
    }

    /** Any key, click or pointer movement in the kiosk window restarts the idle time. EDT only. */
    private static void watchInput(KioskFrame frame, IdleReset idle) {
        AWTEventListener input = event -> {
            if (event.getSource() instanceof Component c
                    && (c == frame || SwingUtilities.getWindowAncestor(c) == frame)) {
                idle.activity();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(input,
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Toolkit.getDefaultToolkit().removeAWTEventListener(input);
            }
        });
    }

    /** The state a patient first sees, and the idle reset returns to. */
    static KioskState startState(Config config) {
        Language start = Language.fromCode(config.get(Config.LANGUAGE_START)).orElse(Language.NL);
        KioskState state = KioskState.start(start, SettingsFile.read(config), config.get(Config.READING_VOLUME_STEP));
        // Idle reset returns to the configured profile (guest unless a kiosk is set up for one patient).
        return state.withOwnWords(new OwnWords(config.get(Config.VOICE_PROFILE), List.of(), Set.of(), null, false));
    }

    public KioskFrame frame() {
        return frame;
    }

    public KioskController controller() {
        return controller;
    }

    /** The switch scanner (idle while scanning is off). */
    public Scanner scanner() {
        return access.scanner();
    }

    /** Loads each voice and speaks a word into nothing, on its own thread, so the first READ sounds at once. */
    public void warmUpVoices() {
        Thread warmUp = new Thread(() -> {
            for (Language language : Language.values()) {
                setup.synthesizers().configured(language).ifPresent(voice -> {
                    SpeechHealth health = check(voice, language);
                    SwingUtilities.invokeLater(() -> controller.speechHealth(language, health));
                });
            }
        }, "voice-warmup");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static SpeechHealth check(Synthesizer voice, Language language) {
        String problem = voice.unavailableReason().orElse(null);
        if (problem == null) {
            try {
                voice.synthesize(language == Language.NL ? "Hallo." : "Hello.", language, 1.0);
            } catch (SpeechException e) {
                problem = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
        }
        if (problem != null) {
            LOG.warn("Voice {} for {} cannot speak: {}", voice.name(), language, problem);
        }
        return new SpeechHealth(voice.name(), problem == null, problem);
    }

    private static void onEdt(Runnable work) {
        if (SwingUtilities.isEventDispatchThread()) {
            work.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(work);
        } catch (InvocationTargetException e) {
            LOG.warn("Closing the kiosk: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the window and stops reading. */
    @Override
    public void close() {
        onEdt(controller::close);
        content.close();
        teacher.close();
        voice.close();
        settings.close();
        prompter.close();
        SwingUtilities.invokeLater(frame::dispose);
        narrator.close();
        out.close();
    }
}
