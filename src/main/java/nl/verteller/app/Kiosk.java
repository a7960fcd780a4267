package nl.verteller.app;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import nl.verteller.access.Scanner;
import nl.verteller.access.SwitchFilter;
import nl.verteller.access.VoiceSwitch;
import nl.verteller.content.Chapter;
import nl.verteller.content.ContentWatcher;
import nl.verteller.content.Language;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.IdleReset;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.VoiceHealth;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.speech.Narrator;
import nl.verteller.speech.Prompter;
import nl.verteller.speech.SpeakerSink;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import nl.verteller.time.SwingScheduler;
import nl.verteller.ui.AccessInput;
import nl.verteller.ui.KioskFrame;
import nl.verteller.ui.theme.Theme;
import nl.verteller.voice.AcceptTone;
import nl.verteller.voice.ListeningContext;
import nl.verteller.voice.ListeningWindow;
import nl.verteller.voice.Microphone;
import nl.verteller.voice.Profile;
import nl.verteller.voice.ProfileStore;
import nl.verteller.voice.VoiceControl;
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
    private final VoiceControl voice;
    private final Microphone microphone;
    private final ContentWatcher content;
    private final Scanner scanner;

    private Kiosk(Setup setup, Narrator narrator, KioskController controller, KioskFrame frame, VoiceControl voice,
            Microphone microphone, ContentWatcher content, Scanner scanner) {
        this.setup = setup;
        this.narrator = narrator;
        this.controller = controller;
        this.frame = frame;
        this.voice = voice;
        this.microphone = microphone;
        this.content = content;
        this.scanner = scanner;
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
        SpeakerSink speaker = new SpeakerSink(config.get(Config.AUDIO_OUTPUT), config.get(Config.AUDIO_BUFFER_MS),
                (available, detail) -> narrator.get().speakerChanged(available, detail));
        narrator.set(new Narrator(setup.voices()::forLanguage, speaker,
                event -> SwingUtilities.invokeLater(() -> controller.get().narration(event)),
                config.get(Config.READING_GAP_MS), config.get(Config.READING_RATE_STEP),
                config.get(Config.READING_VOLUME_STEP)));
        AtomicReference<KioskFrame> frame = new AtomicReference<>();
        AtomicReference<IdleReset> idle = new AtomicReference<>();
        AtomicReference<Scanner> scanner = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.named(config.get(Config.UI_THEME)).install();
                KioskController kiosk = new KioskController(setup.library(), narrator.get(), startState(config),
                        config.get(Config.READING_AUTOSTART));
                controller.set(kiosk);
                for (Language language : Language.values()) {
                    setup.voices().configured(language).ifPresent(voice ->
                            kiosk.voiceHealth(language, VoiceHealth.starting(voice.name())));
                }
                frame.set(new KioskFrame(kiosk, windowed, config.get(Config.KIOSK_ADMIN_PIN), onFirstPaint));
                scanner.set(AccessSetup.install(config, frame.get()));
                if (scanner.get() != null && config.get(Config.ACCESS_SCAN_SPEAK)) {
                    Prompter prompter = new Prompter(setup.voices()::forLanguage);
                    frame.get().addWindowListener(new WindowAdapter() {
                        @Override
                        public void windowClosed(WindowEvent e) {
                            prompter.close();
                        }
                    });
                    scanner.get().announceWith(target -> {
                        if (!kiosk.state().reading()) {
                            prompter.say(target.word(), kiosk.state().language());
                        }
                    });
                }
                idle.set(new IdleReset(new SwingScheduler(), config.get(Config.KIOSK_IDLE_MINUTES) * 60_000L, kiosk,
                        startState(config)));
                watchInput(frame.get(), idle.get());
                frame.get().setVisible(true);
            });
        } catch (InvocationTargetException e) {
            narrator.get().close();
            throw new IllegalStateException("the kiosk window could not be made: " + e.getCause(), e.getCause());
        }
        VoiceControl voice = config.get(Config.VOICE_ENABLED) ? startVoice(setup, controller.get(), frame.get(), idle.get()) : null;
        VoiceSwitch voiceSwitch = voiceSwitch(config, controller.get(), scanner.get());
        Microphone microphone = null;
        if (voice != null || voiceSwitch != null) {
            microphone = new Microphone(config.get(Config.AUDIO_INPUT), new Microphone.Listener() {
                @Override
                public void audio(short[] pcm, int count) {
                    if (voice != null) {
                        voice.audio(pcm, count);
                    }
                    if (voiceSwitch != null) {
                        voiceSwitch.accept(pcm, count);
                    }
                }

                @Override
                public void available(boolean available, String detail) {
                    if (voice != null) {
                        voice.available(available, detail);
                    }
                }
            });
            microphone.start();
        }
        return new Kiosk(setup, narrator.get(), controller.get(), frame.get(), voice, microphone,
                watchContent(config, controller.get()), scanner.get());
    }

    /** A sound as a switch press for the scanner, deaf while the kiosk reads; null when not configured. */
    private static VoiceSwitch voiceSwitch(Config config, KioskController controller, Scanner scanner) {
        if (!config.get(Config.ACCESS_VOICE_SWITCH)) {
            return null;
        }
        if (scanner == null) {
            LOG.warn("Configuration: access.voice.switch needs access.scan=auto; the voice switch is off");
            return null;
        }
        VoiceSwitch voiceSwitch = new VoiceSwitch(config.get(Config.ACCESS_VOICE_SWITCH_MS),
                () -> SwingUtilities.invokeLater(scanner::select));
        SwingUtilities.invokeLater(() -> controller.addListener(state -> voiceSwitch.setMuted(state.reading())));
        return voiceSwitch;
    }

    /** Leaflets added, edited or broken while the kiosk runs are loaded again by themselves. */
    private static ContentWatcher watchContent(Config config, KioskController controller) {
        try {
            ContentWatcher watcher = new ContentWatcher(config.get(Config.CONTENT_DIR), 500,
                    library -> SwingUtilities.invokeLater(() -> controller.replaceLibrary(library)));
            watcher.start();
            return watcher;
        } catch (IOException e) {
            LOG.warn("Cannot watch {} for changes ({}): restart the kiosk after changing leaflets",
                    config.get(Config.CONTENT_DIR), e.toString());
            return null;
        }
    }

    /** Voice control, following the screen and handing commands to the controller on the EDT. */
    private static VoiceControl startVoice(Setup setup, KioskController controller, KioskFrame frame, IdleReset idle)
            throws InterruptedException {
        AcceptTone tone = new AcceptTone();
        AtomicReference<ListeningContext> start = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> start.set(listening(setup, controller, controller.state())));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read the kiosk state", e.getCause());
        }
        Profile profile = activeProfile(setup.config());
        Config config = setup.config();
        ListeningWindow window = new ListeningWindow(config.get(Config.VOICE_PUSH_TO_TALK),
                config.get(Config.VOICE_PUSH_TO_TALK_MS), () -> System.nanoTime() / 1_000_000);
        if (window.pushToTalk()) {
            // The talk key is a switch of the kiosk window, like the scanning switches.
            SwingUtilities.invokeLater(() -> AccessInput.installSwitch(frame,
                    AccessSetup.keys(Config.VOICE_PUSH_TO_TALK_KEY, config),
                    new SwitchFilter(new SwingScheduler(), 0, 0, window::open)));
        }
        VoiceControl voice = new VoiceControl(language -> VoiceSetup.loadOrThrow(setup, language, !profile.words().isEmpty()),
                VoiceSetup.rules(setup.config()), setup.config().get(Config.VOICE_LOG_PHRASES), profile, window,
                start.get(),
                new VoiceControl.Listener() {
                    @Override
                    public void command(Command command) {
                        tone.play();
                        SwingUtilities.invokeLater(() -> {
                            idle.activity();
                            controller.handle(command);
                        });
                    }

                    @Override
                    public void status(VoiceStatus status) {
                        SwingUtilities.invokeLater(() -> controller.voiceStatus(status));
                    }
                });
        SwingUtilities.invokeLater(() -> controller.addListener(state -> voice.update(listening(setup, controller, state))));
        voice.start();
        return voice;
    }

    /** The configured patient's own words; guest (none) when there is no such profile. */
    private static Profile activeProfile(Config config) {
        String name = config.get(Config.VOICE_PROFILE);
        try {
            Optional<Profile> profile = new ProfileStore(config.get(Config.PROFILES_FILE)).find(name);
            if (profile.isEmpty()) {
                LOG.warn("Configuration: voice.profile \"{}\" is not in {}; listening without own words", name,
                        config.get(Config.PROFILES_FILE));
            }
            return profile.orElse(Profile.guest());
        } catch (IOException e) {
            LOG.warn("Cannot read the profiles ({}); listening without own words", e.getMessage());
            return Profile.guest();
        }
    }

    /** What the recognizer needs from the screen: language, chapter titles, and what is being read aloud. */
    private static ListeningContext listening(Setup setup, KioskController controller, KioskState state) {
        List<String> titles = controller.leaflet().map(l -> l.chapters().stream().map(Chapter::title).toList())
                .orElse(List.of());
        String spoken = controller.leaflet()
                .filter(l -> state.chapter() >= 1 && state.chapter() <= l.chapters().size())
                .map(l -> l.chapter(state.chapter()).sentences())
                .map(sentences -> spokenAround(sentences, state.sentence()))
                .orElse("");
        return new ListeningContext(state.language(), titles, state.reading(), spoken);
    }

    /** The sentence being read and the one before it: the words that may still echo. */
    private static String spokenAround(List<Sentence> sentences, int index) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, index - 1); i <= index && i < sentences.size(); i++) {
            text.append(sentences.get(i).text()).append(' ');
        }
        return text.toString();
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
        return KioskState.start(start, config.get(Config.UI_TEXT_SIZE), config.get(Config.READING_RATE_STEP),
                config.get(Config.READING_VOLUME_STEP));
    }

    public KioskFrame frame() {
        return frame;
    }

    public KioskController controller() {
        return controller;
    }

    /** The switch scanner, or null when scanning is off. */
    public Scanner scanner() {
        return scanner;
    }

    /** Loads each voice and speaks a word into nothing, on its own thread, so the first READ sounds at once. */
    public void warmUpVoices() {
        Thread warmUp = new Thread(() -> {
            for (Language language : Language.values()) {
                setup.voices().configured(language).ifPresent(voice -> {
                    VoiceHealth health = check(voice, language);
                    SwingUtilities.invokeLater(() -> controller.voiceHealth(language, health));
                });
            }
        }, "voice-warmup");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static VoiceHealth check(Synthesizer voice, Language language) {
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
        return new VoiceHealth(voice.name(), problem == null, problem);
    }

    /** Closes the window and stops reading. */
    @Override
    public void close() {
        if (content != null) {
            content.close();
        }
        if (microphone != null) {
            microphone.close();
        }
        if (voice != null) {
            voice.close();
        }
        SwingUtilities.invokeLater(frame::dispose);
        narrator.close();
    }
}
