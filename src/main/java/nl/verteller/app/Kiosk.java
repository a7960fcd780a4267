package nl.verteller.app;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import nl.verteller.content.Language;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.VoiceHealth;
import nl.verteller.speech.Narrator;
import nl.verteller.speech.SpeakerSink;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import nl.verteller.ui.KioskFrame;
import nl.verteller.ui.theme.Theme;
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

    private Kiosk(Setup setup, Narrator narrator, KioskController controller, KioskFrame frame) {
        this.setup = setup;
        this.narrator = narrator;
        this.controller = controller;
        this.frame = frame;
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
                frame.set(new KioskFrame(kiosk, windowed, onFirstPaint));
                frame.get().setVisible(true);
            });
        } catch (InvocationTargetException e) {
            narrator.get().close();
            throw new IllegalStateException("the kiosk window could not be made: " + e.getCause(), e.getCause());
        }
        return new Kiosk(setup, narrator.get(), controller.get(), frame.get());
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
        SwingUtilities.invokeLater(frame::dispose);
        narrator.close();
    }
}
