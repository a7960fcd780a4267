package nl.verteller.app;

import java.util.List;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;
import nl.verteller.access.Trigger;
import nl.verteller.access.VoiceSwitch;
import nl.verteller.audio.AudioOut;
import nl.verteller.audio.ChunkListener;
import nl.verteller.audio.Microphone;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.ownwords.OwnWordsControl;
import nl.verteller.ownwords.Profile;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.voice.AcceptTone;
import nl.verteller.voice.EchoGuard;
import nl.verteller.voice.ListeningContext;
import nl.verteller.voice.ListeningWindow;
import nl.verteller.voice.TakeRecorder;
import nl.verteller.voice.VoiceControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The microphone and what listens to it: voice control, the voice switch and, while own words are
 * taught, the take recorder. Follows the kiosk state: the settings turn voice control and the voice
 * switch on or off (the microphone is open only while something listens; the speech model loads the
 * first time voice control is on), the screen sets the phrases, reading aloud mutes the voice switch,
 * and teaching own words has the microphone to itself. Commands go to the controller on the EDT.
 */
final class VoiceInputs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceInputs.class);

    private final Setup setup;
    private final KioskController controller;
    private final Runnable activity;
    private final ListeningWindow window;
    private final VoiceSwitch voiceSwitch;
    private final AcceptTone tone;
    private final AudioOut out;
    private final TakeRecorder takes;
    private volatile Profile profile;
    private volatile VoiceControl voice;
    private final OwnWordsControl ownWords;
    private volatile boolean voiceOn;
    private volatile boolean switchOn;
    private volatile boolean teaching;
    private volatile boolean asleep;
    private volatile boolean microphoneAvailable;
    private Microphone microphone;
    private UnaryOperator<ChunkListener> inFront;

    /**
     * @param activity told of every command heard, as input (for idle reset); on the EDT
     * @param press    a voice switch press, on the EDT
     */
    private VoiceInputs(Setup setup, KioskController controller, Runnable activity, ListeningWindow window,
            Runnable press, TakeRecorder takes, AudioOut out) {
        this.setup = setup;
        this.out = out;
        this.tone = new AcceptTone(out);
        this.takes = takes;
        this.profile = Profile.guest();
        this.controller = controller;
        this.activity = activity;
        this.window = window;
        this.voiceSwitch = new VoiceSwitch(setup.config().get(Config.ACCESS_VOICE_SWITCH_MS),
                () -> SwingUtilities.invokeLater(press), out);
        // Own words are matched on their sound; while the kiosk sounds, only "pause" may barge in.
        this.ownWords = new OwnWordsControl(EchoGuard.STOPPERS, EchoGuard.TAIL_MILLIS, this::ownWord, out);
        ownWords.start();
    }

    /** An own word heard, on the own-words thread: acted on as voice control's commands are. */
    private void ownWord(Command command) {
        // Own words have no wake rule of their own: asleep, they wait for voice control's wake phrase.
        if (!window.isOpen() || asleep) {
            return;
        }
        window.close();
        tone.play();
        SwingUtilities.invokeLater(() -> {
            activity.run();
            controller.handle(command);
        });
    }

    /**
     * Starts following the controller's state. EDT only.
     *
     * @param takes gets the microphone's audio while own words are taught
     * @param inFront put in front of the microphone's listener (the echo canceller), or identity
     * @param out     the kiosk's one way out: the accept tone plays there, and what plays there is not heard
     */
    static VoiceInputs start(Setup setup, KioskController controller, Runnable activity,
            Runnable press, TakeRecorder takes, UnaryOperator<ChunkListener> inFront, AudioOut out) {
        Config config = setup.config();
        ListeningWindow window = new ListeningWindow(config.get(Config.VOICE_PUSH_TO_TALK),
                config.get(Config.VOICE_PUSH_TO_TALK_MS), () -> System.nanoTime() / 1_000_000);
        VoiceInputs inputs = new VoiceInputs(setup, controller, activity, window, press, takes, out);
        inputs.inFront = inFront;
        controller.addListener(inputs::follow);
        return inputs;
    }

    /** Turns inputs on and off and tells voice control what the screen offers. EDT only. */
    private void follow(KioskState state) {
        teaching = state.ownWords().teachingNow();
        asleep = state.voiceAsleep();
        voiceOn = state.settings().on(Setting.VOICE_CONTROL);
        switchOn = state.settings().on(Setting.VOICE_SWITCH);
        voiceSwitch.setMuted(state.reading() || teaching);
        ownWords.setReading(state.reading());
        if (voiceOn && voice == null) {
            voice = startVoice(listening(state));
        }
        if (voice != null) {
            voice.setActive(voiceOn && !teaching);
            voice.update(listening(state));
        }
        boolean listening = voiceOn || switchOn || teaching;
        if (listening && microphone == null) {
            microphone = new Microphone(setup.config().get(Config.AUDIO_INPUT), inFront.apply(new ChunkListener() {
                @Override
                public void audio(short[] pcm, int count) {
                    heard(pcm, count);
                }

                @Override
                public void uncancelledEcho(boolean uncancelled) {
                    VoiceControl current = voice;
                    if (current != null) {
                        current.uncancelledEcho(uncancelled);
                    }
                    ownWords.uncancelledEcho(uncancelled);
                }

                @Override
                public void available(boolean available, String detail) {
                    microphoneAvailable = available;
                    VoiceControl current = voice;
                    if (current != null) {
                        current.available(available, detail);
                    }
                }
            }));
            microphone.start();
        } else if (!listening && microphone != null) {
            // Nothing listens: close the microphone, off the EDT (its thread may take a moment to stop).
            Microphone closing = microphone;
            microphone = null;
            microphoneAvailable = false;
            Thread stop = new Thread(closing::close, "microphone-close");
            stop.setDaemon(true);
            stop.start();
        }
    }

    /** Microphone audio, on its thread. While own words are taught, the words are takes, not commands. */
    private void heard(short[] pcm, int count) {
        if (teaching) {
            takes.accept(pcm, count);
            return;
        }
        VoiceControl current = voice;
        if (voiceOn && current != null) {
            current.audio(pcm, count);
        }
        if (voiceOn) {
            ownWords.audio(pcm, count);
        }
        if (switchOn) {
            voiceSwitch.accept(pcm, count);
        }
    }

    /** The talk key was pressed: commands count for a while (push to talk). */
    void talk() {
        if (window.pushToTalk()) {
            window.open();
        }
    }

    /** Any sound as a switch press; the input service runs it as the settings say. */
    Trigger voiceSwitch() {
        return voiceSwitch;
    }

    /** Whether a microphone is open and delivering audio. Any thread. */
    boolean microphoneAvailable() {
        return microphoneAvailable;
    }

    /** Listens for {@code next}'s own words from now on. Any thread. */
    void setProfile(Profile next) {
        // A word taught as sound is heard by its sound alone: its text (as another language's model hears
        // it) would only add wrong commands. A profile of text words only (taught before sound) keeps them.
        profile = next.sounds().isEmpty() ? next : next.withoutText();
        ownWords.setWords(next);
        VoiceControl current = voice;
        if (current != null) {
            current.setProfile(profile);
        }
    }

    private VoiceControl startVoice(ListeningContext start) {
        VoiceControl started = new VoiceControl(
                (language, borrow) -> VoiceSetup.loadOrThrow(setup, language, borrow),
                VoiceSetup.rules(setup.config()), setup.config().get(Config.VOICE_LOG_PHRASES), profile, window, start,
                new VoiceControl.Listener() {
                    @Override
                    public void command(Command command) {
                        tone.play();
                        SwingUtilities.invokeLater(() -> {
                            activity.run();
                            controller.handle(command);
                        });
                    }

                    @Override
                    public void status(VoiceStatus status) {
                        SwingUtilities.invokeLater(() -> controller.voiceStatus(status));
                    }

                    @Override
                    public void unsure(Command command) {
                        SwingUtilities.invokeLater(() -> {
                            activity.run();
                            controller.ask(command);
                        });
                    }
                }, out);
        started.available(microphoneAvailable, "");
        started.start();
        return started;
    }

    /** What the recognizer needs from the screen: language, chapter titles, and what is being read aloud. */
    private ListeningContext listening(KioskState state) {
        List<String> titles = controller.state().leaflet().map(l -> l.chapters().stream().map(Chapter::title).toList())
                .orElse(List.of());
        String spoken = controller.state().leaflet()
                .filter(l -> state.chapter() >= 1 && state.chapter() <= l.chapters().size())
                .map(l -> l.chapter(state.chapter()).spokenAround(state.sentence()))
                .orElse("");
        return new ListeningContext(state.language(), titles, state.reading(), spoken,
                state.screen() == Screen.SETTINGS, state.voiceAsleep(), state.asking() != null);
    }

    @Override
    public void close() {
        ownWords.close();
        if (microphone != null) {
            microphone.close();
        }
        if (voice != null) {
            voice.close();
        }
    }
}
