package nl.verteller.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
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
 * Wires the kiosk: narrator → controller (on the EDT) → frame. The frame is shown as soon as the
 * content is loaded; the voices warm up on their own thread and report to the status strip.
 */
final class KioskApp {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);

    private KioskApp() {
    }

    /**
     * Runs the kiosk until its window closes.
     *
     * @param startupProbe print {@code {"painted_ms":…}} (since the JVM started) at the first paint, then close
     */
    static int run(Setup setup, boolean windowed, boolean startupProbe, PrintStream out) throws InterruptedException {
        Config config = setup.config();
        AtomicReference<KioskController> controller = new AtomicReference<>();
        AtomicReference<Narrator> narratorRef = new AtomicReference<>();
        SpeakerSink speaker = new SpeakerSink(config.get(Config.AUDIO_OUTPUT), config.get(Config.AUDIO_BUFFER_MS),
                (available, detail) -> narratorRef.get().speakerChanged(available, detail));
        Narrator narrator = new Narrator(setup.voices()::forLanguage, speaker,
                event -> SwingUtilities.invokeLater(() -> controller.get().narration(event)),
                config.get(Config.READING_GAP_MS), config.get(Config.READING_RATE_STEP),
                config.get(Config.READING_VOLUME_STEP));
        narratorRef.set(narrator);
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.named(config.get(Config.UI_THEME)).install();
                Language start = Language.fromCode(config.get(Config.LANGUAGE_START)).orElse(Language.NL);
                KioskController kiosk = new KioskController(setup.library(), narrator,
                        KioskState.start(start, config.get(Config.UI_TEXT_SIZE), config.get(Config.READING_RATE_STEP),
                                config.get(Config.READING_VOLUME_STEP)),
                        config.get(Config.READING_AUTOSTART));
                controller.set(kiosk);
                for (Language language : Language.values()) {
                    setup.voices().configured(language).ifPresent(voice ->
                            kiosk.voiceHealth(language, VoiceHealth.starting(voice.name())));
                }
                KioskFrame frame = new KioskFrame(kiosk, windowed, startupProbe ? () -> {
                    probe(out);
                    closed.countDown();
                } : () -> { });
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                frame.setVisible(true);
            });
            if (!startupProbe) {
                warmUpVoices(setup, controller.get());
            }
            closed.await();
            return 0;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("the kiosk window could not be made", e.getCause());
        } finally {
            narrator.close();
        }
    }

    private static void probe(PrintStream out) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println("{\"painted_ms\":" + millis + "}");
        out.flush();
    }

    /** Loads each voice and speaks one word into nothing, so the first READ sounds at once. */
    private static void warmUpVoices(Setup setup, KioskController controller) {
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
}
