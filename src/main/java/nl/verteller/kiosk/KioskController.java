package nl.verteller.kiosk;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Library;
import nl.verteller.speech.NarrationEvent;
import nl.verteller.speech.Narrator;
import nl.verteller.speech.ReadingControl;
import nl.verteller.time.Scheduler;

/**
 * The one state machine of the kiosk. Every input hands it {@link Command}s; the narrator hands it
 * what it hears; it keeps the one {@link KioskState}, tells the narrator what to read and tells the
 * views what to show. EDT only: the wiring hands narrator events over with {@code invokeLater}.
 */
public final class KioskController {
    /** Body text sizes, in points. */
    public static final int MIN_TEXT = 20;
    public static final int MAX_TEXT = 48;
    public static final int TEXT_STEP = 4;
    /** How long a question about a command heard just under the bar waits for its YES. */
    public static final long ASK_MILLIS = 4000;

    private final ReadingControl reader;
    private final boolean autostart;
    private final List<Consumer<KioskState>> listeners = new CopyOnWriteArrayList<>();
    private final CountdownTimer countdown;
    private final Scheduler time;
    private Scheduler.Cancellable askTimeout;
    private QuestionVoice questions = QuestionVoice.NONE;
    private Teacher teacher = Teacher.NONE;
    private HelpVoice help = HelpVoice.NONE;
    private KioskState state;
    private Runnable whenCountedDown = () -> { };
    /** Closed with the kiosk: its timers are stopped and a late idle reset does nothing. */
    private boolean closed;

    /**
     * @param initial   the state to start from; its screen is replaced by the language's home
     * @param autostart whether opening a chapter starts reading it (one action less for every patient)
     * @param time      counts down the questions that answer themselves (on the EDT in the kiosk)
     */
    public KioskController(Library library, ReadingControl reader, KioskState initial, boolean autostart,
            Scheduler time) {
        this.reader = reader;
        this.autostart = autostart;
        this.countdown = new CountdownTimer(time);
        this.time = time;
        this.state = home(initial.withLibrary(library), initial.language()).withContentProblems(library.skipped());
    }

    public KioskState state() {
        return state;
    }

    /** Calls {@code listener} now and after every change. */
    public void addListener(Consumer<KioskState> listener) {
        listeners.add(listener);
        listener.accept(state);
    }

    /** The engine of the own-words screen. EDT only. */
    public void setTeacher(Teacher next) {
        teacher = next;
    }

    /** What reads the help screen aloud. EDT only. */
    public void setHelpVoice(HelpVoice next) {
        help = next;
    }

    /** What says the questions about commands heard just under the bar. EDT only. */
    public void setQuestionVoice(QuestionVoice next) {
        questions = next;
    }

    /**
     * Voice control heard {@code command} just under its bar: asks about it ("Chapter 3?") on the status
     * strip and softly aloud, rather than dropping it. YES from any input then acts on it; NO, any other
     * command or {@link #ASK_MILLIS} without an answer drops it. A new question replaces the one before.
     * EDT only.
     */
    public void ask(Command command) {
        stopAskTimeout();
        update(state.withAsking(command));
        questions.ask(command, state.language());
        askTimeout = time.schedule(ASK_MILLIS, () -> {
            askTimeout = null;
            update(state.withAsking(null));
        });
    }

    /** Acts on a command from any input; a question pending is answered by it (see {@link #ask}). EDT only. */
    public void handle(Command command) {
        Command asked = state.asking();
        if (asked != null) {
            stopAskTimeout();
            update(state.withAsking(null));
        }
        if (asked == null) {
            act(command);
        } else if (command.kind() == Command.Kind.YES) {
            act(asked);
        } else if (command.kind() != Command.Kind.NO) {
            act(command);
        }
        if (state.screen() != Screen.OWN_WORDS && state.ownWords().teachingNow()) {
            teacher.cancel();
        }
    }

    private void act(Command command) {
        switch (command.kind()) {
            case READ -> read();
            case PAUSE -> {
                reader.pause();
                help.stop();
            }
            case NEXT_CHAPTER -> moveChapter(+1);
            case PREVIOUS_CHAPTER -> moveChapter(-1);
            case NEXT_SENTENCE -> whenReading(reader::nextSentence);
            case REPEAT -> whenReading(reader::repeat);
            case CHAPTER -> openChapter(command.number(), autostart);
            case FASTER -> steps(state.rateStep() + 1, state.volumeStep());
            case SLOWER -> steps(state.rateStep() - 1, state.volumeStep());
            case LOUDER -> steps(state.rateStep(), state.volumeStep() + 1);
            case SOFTER -> steps(state.rateStep(), state.volumeStep() - 1);
            case BIGGER_TEXT -> setTextSize(state.textSize() + TEXT_STEP);
            case SMALLER_TEXT -> setTextSize(state.textSize() - TEXT_STEP);
            case HOME -> {
                reader.pause();
                update(home(state, state.language()));
            }
            case BACK -> back();
            case HELP -> {
                aside(Screen.HELP);
                help.read(state.language());
            }
            case SETTINGS -> aside(Screen.SETTINGS);
            case OWN_WORDS -> aside(Screen.OWN_WORDS);
            case TEACH -> teach(command.number());
            case PROFILE -> useProfile(command.number());
            case NEW_PROFILE -> teacher.create();
            case DELETE_PROFILE -> {
                if (!state.ownWords().profile().equals(OwnWords.GUEST)) {
                    update(state.withOwnWords(state.ownWords().withConfirmDelete(true)));
                }
            }
            case INCREASE, DECREASE -> change(command.setting(), command.setting().step(
                    state.settings().get(command.setting()), command.kind() == Command.Kind.INCREASE ? 1 : -1));
            case SET -> set(command.setting(), command.number());
            case LANGUAGE -> changeLanguage(command.language());
            case LEAFLET -> openLeaflet(command.number());
            case YES, NO -> answer(command.kind() == Command.Kind.YES);
            case SLEEP, WAKE -> update(state.withVoiceAsleep(command.kind() == Command.Kind.SLEEP));
        }
    }

    /** The rate and volume are the controller's: the narrator is told, and reports when it applies them. */
    private void steps(int rate, int volume) {
        int clampedRate = Math.max(1, Math.min(Narrator.STEPS, rate));
        int clampedVolume = Math.max(1, Math.min(Narrator.STEPS, volume));
        if (clampedRate != state.rateStep() || clampedVolume != state.volumeStep()) {
            reader.setSteps(clampedRate, clampedVolume);
            update(state.withSteps(clampedRate, clampedVolume));
        }
    }

    private void stopAskTimeout() {
        if (askTimeout != null) {
            askTimeout.cancel();
            askTimeout = null;
        }
    }

    private void answer(boolean yes) {
        if (state.countdown() != null) {
            Countdown asked = state.countdown();
            endCountdown();
            if (yes && asked.reason() == Countdown.Reason.CONFIRM_CHANGE) {
                change(asked.setting(), asked.value());
            }
        } else if (state.ownWords().confirmDelete()) {
            if (yes) {
                teacher.delete(state.ownWords().profile());
            }
            update(state.withOwnWords(state.ownWords().withConfirmDelete(false)));
        }
    }

    /**
     * The kiosk will start over for the next patient in {@link Countdown#IDLE_SECONDS}, unless someone
     * answers: the warning shows with its countdown, and {@code reset} runs at its end. EDT only.
     */
    public void warnIdle(Runnable reset) {
        startCountdown(Countdown.idle(), reset);
    }

    /** Someone did something: an idle warning goes away. EDT only. */
    public void stillThere() {
        if (state.countdown() != null && state.countdown().reason() == Countdown.Reason.IDLE) {
            endCountdown();
        }
    }

    private void startCountdown(Countdown start, Runnable atEnd) {
        if (closed) {
            return;
        }
        whenCountedDown = atEnd;
        update(state.withCountdown(start));
        countdown.start(this::tick);
    }

    private void tick() {
        Countdown now = state.countdown();
        if (now == null) {
            countdown.stop();
        } else if (now.secondsLeft() <= 1) {
            Runnable atEnd = whenCountedDown;
            endCountdown();
            atEnd.run();
        } else {
            update(state.withCountdown(now.tick()));
        }
    }

    private void endCountdown() {
        countdown.stop();
        whenCountedDown = () -> { };
        update(state.withCountdown(null));
    }

    /** Follows the teacher: profiles and how teaching goes. EDT only. */
    public void ownWords(OwnWords next) {
        boolean asking = state.ownWords().confirmDelete() && next.profile().equals(state.ownWords().profile());
        update(state.withOwnWords(next.withConfirmDelete(asking)));
    }

    /** Follows the narrator. EDT only. */
    public void narration(NarrationEvent event) {
        if (event instanceof NarrationEvent.ChapterOpened e && e.leafletId().equals(state.leafletId())) {
            update(state.withPosition(e.chapter(), 0, state.reading()));
        } else if (event instanceof NarrationEvent.StateChanged e && e.chapter() == state.chapter()) {
            update(state.withPosition(e.chapter(), e.sentence(), e.reading()));
        } else if (event instanceof NarrationEvent.SentenceStarted e && e.chapter() == state.chapter()) {
            update(state.withPosition(e.chapter(), e.sentence(), state.reading()));
        } else if (event instanceof NarrationEvent.WordStarted e && e.chapter() == state.chapter()
                && e.sentence() == state.sentence()) {
            update(state.withWord(e.start(), e.end()));
        } else if (event instanceof NarrationEvent.SpeakerChanged e) {
            update(state.withSpeaker(e.available()));
        } else if (event instanceof NarrationEvent.SpeechProblem e) {
            update(state.withSpeechProblem(e.message()));
        }
    }

    /**
     * Stops the countdown and the question's time-out for good, as the kiosk closes: a timer that fires
     * later must not reset a kiosk whose teacher and voices are gone. EDT only.
     */
    public void close() {
        closed = true;
        countdown.stop();
        stopAskTimeout();
        whenCountedDown = () -> { };
    }

    /**
     * Back to {@code start}'s language, volume, input methods and profile of own words (guest,
     * normally), at the set text size and speed, on the home screen, not reading, voice control awake:
     * the next patient sees nothing of the last one. What is known of devices and voices stays. EDT only.
     */
    public void reset(KioskState start) {
        if (closed) {
            return;
        }
        Settings settings = state.settings().withInputsOf(start.settings());
        endCountdown();
        stopAskTimeout();
        reader.pause();
        teacher.cancel();
        if (!state.ownWords().profile().equals(start.ownWords().profile())) {
            teacher.use(start.ownWords().profile());
        }
        reader.setSteps(settings.get(Setting.VOICE_SPEED), start.volumeStep());
        KioskState fresh = home(start.withLibrary(state.library()).withSettings(settings)
                .withTextSize(settings.get(Setting.TEXT_SIZE))
                .withSteps(settings.get(Setting.VOICE_SPEED), start.volumeStep()).withSpeaker(state.speaker()),
                start.language());
        for (var voice : state.speechHealth().entrySet()) {
            fresh = fresh.withSpeechHealth(voice.getKey(), voice.getValue());
        }
        update(fresh.withListening(state.listening()).withContentProblems(state.contentProblems())
                .withOwnWords(state.ownWords().withConfirmDelete(false)));
    }

    /** Records what is known of a language's voice (from the start-up warm-up). EDT only. */
    public void speechHealth(Language language, SpeechHealth health) {
        update(state.withSpeechHealth(language, health));
    }

    /**
     * New content (a leaflet was added, edited or removed). The open chapter stays open, at the same
     * sentence and still reading, when it still exists; when the file of the chapter on the reader broke
     * or went away, its last good copy stays while it is open, and reading goes on undisturbed. The
     * count of broken files follows the new content in every case. EDT only.
     */
    public void replaceLibrary(Library next) {
        // Only a chapter on the reader is kept: someone is reading it; a chapter list may go.
        Optional<Leaflet> open = state.screen() == Screen.READER ? state.leaflet() : Optional.empty();
        state = state.withLibrary(open.map(next::keeping).orElse(next));
        Optional<Leaflet> leaflet = state.leaflet();
        boolean kept = open.isPresent() && leaflet.isPresent() && leaflet.get() == open.get();
        if (state.leafletId() != null && leaflet.isEmpty()) {
            reader.pause();
            update(home(state, state.language()));
        } else if (state.screen() == Screen.HOME) {
            // As at start: the only leaflet of the language opens at its chapters (leaflets from a
            // share that was not there when the kiosk started arrive here).
            update(home(state, state.language()));
        } else if (!kept && state.screen() == Screen.READER && state.chapter() <= leaflet.get().chapters().size()) {
            boolean wasReading = state.reading();
            int sentence = state.sentence();
            reader.open(leaflet.get(), state.chapter(), state.library().pronunciation(state.language()));
            reader.seek(sentence);
            if (wasReading) {
                reader.read();
            }
        } else if (!kept && state.screen() == Screen.READER) {
            reader.pause();
            update(state.withScreen(Screen.CHAPTERS));
        }
        update(state.withContentProblems(next.skipped()));
        listeners.forEach(listener -> listener.accept(state));
    }

    /** Records what voice control is doing, for the status strip. EDT only. */
    public void voiceStatus(VoiceStatus status) {
        update(state.withListening(status));
    }


    /** Whether BACK does something in {@code shown}. */
    public boolean canGoBack(KioskState shown) {
        return switch (shown.screen()) {
            case HELP, SETTINGS, OWN_WORDS, READER -> true;
            case CHAPTERS -> shown.leaflets().size() > 1;
            case HOME -> false;
        };
    }


    private void read() {
        if (state.screen() == Screen.HELP) {
            help.read(state.language());
        } else if (state.screen() == Screen.READER) {
            reader.read();
        } else if (state.leafletId() != null) {
            openChapter(Math.max(1, state.chapter()), true);
        }
    }

    private void whenReading(Runnable action) {
        if (state.screen() == Screen.READER) {
            action.run();
        }
    }

    private void moveChapter(int delta) {
        if (state.screen() == Screen.READER) {
            if (delta > 0) {
                reader.nextChapter();
            } else {
                reader.previousChapter();
            }
        } else if (state.leafletId() != null) {
            openChapter(Math.max(1, state.chapter() + delta), autostart);
        }
    }

    private void openChapter(int number, boolean startReading) {
        Optional<Leaflet> leaflet = state.leaflet();
        if (leaflet.isEmpty() || number < 1 || number > leaflet.get().chapters().size()) {
            return;
        }
        update(state.withPosition(number, 0, false).withScreen(Screen.READER));
        reader.open(leaflet.get(), number, state.library().pronunciation(state.language()));
        if (startReading) {
            reader.read();
        }
    }

    private void openLeaflet(int number) {
        List<Leaflet> leaflets = state.leaflets();
        if (number >= 1 && number <= leaflets.size()) {
            reader.pause();
            update(state.withLeaflet(state.language(), leaflets.get(number - 1).id(), 0).withScreen(Screen.CHAPTERS));
        }
    }

    private void setTextSize(int size) {
        update(state.withTextSize(Math.max(MIN_TEXT, Math.min(MAX_TEXT, size))));
    }

    /**
     * An input method chosen on the settings screen. One that takes away the method someone may be
     * using (dwell off while dwelling) waits for a YES, which that method can still give, and is
     * dropped after {@link Countdown#CONFIRM_SECONDS} without one.
     */
    private void set(Setting setting, int value) {
        if (state.settings().takesAway(setting, value)) {
            startCountdown(Countdown.confirm(setting, value), () -> { });
        } else {
            change(setting, value);
        }
    }

    /**
     * A setting changed on the settings screen. Text size and voice speed change for the patient now
     * and for the next one (they are what idle reset returns to).
     */
    private void change(Setting setting, int value) {
        update(state.withSettings(state.settings().with(setting, value)));
        if (setting == Setting.TEXT_SIZE) {
            setTextSize(value);
        } else if (setting == Setting.VOICE_SPEED) {
            reader.setSteps(value, state.volumeStep());
        }
    }

    private void aside(Screen screen) {
        reader.pause();
        update(state.withScreen(screen));
    }

    private void teach(int number) {
        if (state.screen() == Screen.OWN_WORDS && number <= OwnWords.BASIC.size()) {
            teacher.teach(number == 0 ? OwnWords.BASIC : List.of(OwnWords.BASIC.get(number - 1)), state.language());
        }
    }

    private void useProfile(int number) {
        List<String> profiles = state.ownWords().profiles();
        if (number == 0) {
            teacher.use(OwnWords.GUEST);
        } else if (number <= profiles.size()) {
            teacher.use(profiles.get(number - 1));
        }
    }

    private void back() {
        switch (state.screen()) {
            case HELP, SETTINGS -> update(state.withScreen(state.returnTo()));
            case OWN_WORDS -> update(state.withScreen(Screen.SETTINGS));
            case READER -> {
                reader.pause();
                update(state.withScreen(Screen.CHAPTERS));
            }
            case CHAPTERS -> {
                if (state.leaflets().size() > 1) {
                    update(state.withLeaflet(state.language(), null, 0).withScreen(Screen.HOME));
                }
            }
            case HOME -> {
                // Nowhere further back.
            }
        }
    }

    private void changeLanguage(Language language) {
        if (language == state.language()) {
            return;
        }
        reader.pause();
        Optional<Leaflet> same = state.leafletId() == null ? Optional.empty()
                : state.library().find(state.leafletId(), language);
        if (same.isEmpty()) {
            update(home(state, language));
            return;
        }
        int chapter = state.chapter() <= same.get().chapters().size() ? state.chapter() : 0;
        Screen screen = chapter == 0 && state.screen() == Screen.READER ? Screen.CHAPTERS : state.screen();
        update(state.withLeaflet(language, same.get().id(), chapter).withScreen(screen));
        if (screen == Screen.READER) {
            reader.open(same.get(), chapter, state.library().pronunciation(language));
        }
    }

    /** The home of a language: its only leaflet's chapters, or the tiles of its leaflets. */
    private KioskState home(KioskState from, Language language) {
        List<Leaflet> leaflets = from.library().leaflets(language);
        if (leaflets.size() == 1) {
            String id = leaflets.get(0).id();
            int chapter = id.equals(from.leafletId()) && language == from.language() ? from.chapter() : 0;
            return from.withLeaflet(language, id, chapter).withScreen(Screen.CHAPTERS);
        }
        return from.withLeaflet(language, null, 0).withScreen(Screen.HOME);
    }

    private void update(KioskState next) {
        if (state.screen() == Screen.HELP && (next.screen() != Screen.HELP || next.language() != state.language())) {
            // Help is read while it is shown, in its language: leaving it (or a new language) stops it.
            help.stop();
        }
        if (!next.equals(state)) {
            state = next;
            listeners.forEach(listener -> listener.accept(next));
        }
    }
}
