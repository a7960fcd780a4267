package nl.verteller.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import nl.verteller.audio.ChunkListener;
import nl.verteller.audio.ChunkQueue;
import nl.verteller.audio.Microphone;
import nl.verteller.audio.Sounding;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.VoiceStatus.Kind;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.time.OwnedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voice control in the kiosk: owns the {@code recognizer} thread, which loads each language's model
 * when first needed (with a patient's own words, a language without a model borrows the model
 * those words were enrolled with; a model missing is looked for again every 30 s), takes microphone audio from a short queue, listens for the phrases of the
 * current screen and hands commands on. While the kiosk sounds (reading aloud, or anything else
 * played through {@link Sounding}) only what may barge in counts; asleep ("stop listening") only the
 * wake phrase, by {@link RecognitionRules#asleep()}. What it hears is never stored or logged.
 */
public final class VoiceControl implements ChunkListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceControl.class);
    /** Two seconds of audio: if recognition falls behind, the oldest audio is dropped, not the newest. */
    private static final int QUEUE_SECONDS = 2;
    /**
     * While the kiosk asks about a command heard just under the bar, its answer counts also while or
     * just after the kiosk sounds (its question), besides what counts while it reads.
     */
    private static final Set<Command.Kind> ANSWERS_WHILE_GUARDED = union(EchoGuard.WHILE_READING,
            Set.of(Command.Kind.YES, Command.Kind.NO));
    /** A model (or phrase file) missing is looked for again this often: it may be installed, or a share mounted. */
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Loads what a language needs; throws with a plain message when it cannot. */
    @FunctionalInterface
    public interface Loader {
        /**
         * @param borrow whether a language without a model of its own may borrow the model for own
         *               words (only worth it when the profile has own words)
         */
        VoiceLanguage load(Language language, boolean borrow) throws IOException;
    }

    /** Told about commands and status, on the recognizer thread. */
    public interface Listener {
        void command(Command command);

        /** What voice control is doing; null when it is turned off. */
        void status(VoiceStatus status);

        /** A command heard just under the bar: worth asking about, "Chapter 3?" (see {@link Decision#worthAsking}). */
        default void unsure(Command command) {
        }
    }

    private final Loader loader;
    private final RecognitionRules rules;
    private final RecognitionRules readingRules;
    private final RecognitionRules asleepRules;
    private final boolean logPhrases;
    private volatile OwnPhrases profile;
    private final ListeningWindow window;
    private final Listener listener;
    private final Sounding sounding;
    private final ChunkQueue audio = new ChunkQueue(QUEUE_SECONDS);
    private final Thread thread;
    private final EchoGuard echo = new EchoGuard();
    /** Whether the kiosk's sound comes in uncancelled now (see {@link ChunkListener#uncancelledEcho}). */
    private volatile boolean uncancelled;
    private volatile ListeningContext context;
    private volatile boolean microphone;
    private volatile boolean closed;
    private volatile boolean active = true;

    // Recognizer thread only.
    private final Map<Language, VoiceLanguage> loaded = new EnumMap<>(Language.class);
    private final Map<Language, String> missing = new EnumMap<>(Language.class);
    private final Map<Language, Long> retryAt = new EnumMap<>(Language.class);
    private final LongSupplier nanos;
    private final Set<Language> triedBorrowing = EnumSet.noneOf(Language.class);
    private OwnPhrases phrasesProfile;
    private final Map<Language, CommandRecognizer> recognizers = new EnumMap<>(Language.class);
    private VoiceStatus shown;
    private long tailUntil;
    private ListeningContext phrasesFor;
    private PhraseSet phrases;
    private PhraseSet whileReading;
    private PhraseSet whileAsking;
    private String echoFor;

    /**
     * @param logPhrases diagnostic switch: log accepted phrases (off in normal use; never other speech)
     * @param sounding   whether the kiosk's speaker sounds: then only what may barge in counts, as while reading
     */
    public VoiceControl(Loader loader, RecognitionRules rules, boolean logPhrases, OwnPhrases profile,
            ListeningWindow window, ListeningContext start, Listener listener, Sounding sounding) {
        this(loader, rules, logPhrases, profile, window, start, listener, sounding, System::nanoTime);
    }

    /** @param nanos the clock for looking for a missing model again (tests: virtual time) */
    VoiceControl(Loader loader, RecognitionRules rules, boolean logPhrases, OwnPhrases profile,
            ListeningWindow window, ListeningContext start, Listener listener, Sounding sounding, LongSupplier nanos) {
        this.nanos = nanos;
        this.sounding = sounding;
        this.loader = loader;
        this.window = window;
        this.profile = profile;
        this.rules = rules;
        this.readingRules = rules.whileReading(EchoGuard.STOPPERS);
        this.asleepRules = rules.asleep();
        this.logPhrases = logPhrases;
        this.listener = listener;
        this.context = start;
        this.thread = OwnedThreads.daemon(this::run, "recognizer");
    }

    public void start() {
        thread.start();
    }

    /**
     * Turned off on the settings screen: audio is dropped unheard and the status is cleared (no model is
     * loaded while off); turned on again, it listens from the next chunk on. Any thread.
     */
    public void setActive(boolean on) {
        active = on;
    }

    /** Listens for {@code next}'s own words (besides the standard phrases) from the next chunk on. Any thread. */
    public void setProfile(OwnPhrases next) {
        profile = next;
    }

    /** The screen changed: listen for its phrases from the next chunk on. Any thread. */
    public void update(ListeningContext next) {
        context = next;
    }

    @Override
    public void audio(short[] pcm, int count) {
        audio.offer(pcm, count, sounding.now(), uncancelled);
    }

    @Override
    public void uncancelledEcho(boolean now) {
        uncancelled = now;
    }

    @Override
    public void available(boolean available, String detail) {
        microphone = available;
    }

    private void run() {
        try {
            listenUntilClosed();
        } finally {
            // Only this thread uses the recognizers and models, so only it frees them: also when close()
            // has stopped waiting for it (a native call that takes long must not find its model gone).
            recognizers.values().forEach(CommandRecognizer::close);
            loaded.values().forEach(VoiceLanguage::close);
        }
    }

    private void listenUntilClosed() {
        while (!closed) {
            try {
                if (!active) {
                    audio.clear();
                    off();
                    Thread.sleep(200);
                    continue;
                }
                ListeningContext now = context;
                CommandRecognizer recognizer = recognizer(now.language());
                ChunkQueue.Chunk chunk = audio.poll(200);
                if (recognizer == null || !microphone) {
                    show(VoiceStatus.of(recognizer == null ? statusWithoutModel(now.language()) : Kind.NO_MICROPHONE,
                            now.language()));
                    continue;
                }
                // Not "listening" before the room is known: what is said then gives no command.
                Kind idle = !recognizer.roomKnown() ? Kind.STARTING
                        : now.asleep() ? Kind.ASLEEP : window.isOpen() ? Kind.LISTENING : Kind.PRESS_TO_TALK;
                if (shown == null || shown.language() != now.language() || shown.kind() == Kind.NO_MICROPHONE
                        || shown.kind() == Kind.STARTING || (shown.kind() != idle && (shown.kind() == Kind.LISTENING
                        || shown.kind() == Kind.PRESS_TO_TALK || shown.kind() == Kind.ASLEEP || idle == Kind.ASLEEP))) {
                    show(VoiceStatus.of(idle, now.language()));
                }
                if (chunk != null) {
                    listen(recognizer, now, chunk);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Voice control error; it goes on listening", e);
            }
        }
    }

    private Kind statusWithoutModel(Language language) {
        return missing.containsKey(language) || loaded.containsKey(language) ? Kind.NO_MODEL : Kind.STARTING;
    }

    /**
     * What can be said now: while the kiosk's own voice may be in the microphone, only what may barge in
     * (or the answers to its question); asleep, every phrase stays in the grammar ("stop listening" must
     * not be heard as the wake phrase) but only the wake phrase counts, by stricter rules.
     */
    private PhraseSet phrasesFor(ListeningContext now, boolean guarded) {
        if (!guarded || now.asleep()) {
            return phrases;
        }
        return now.asking() ? whileAsking : whileReading;
    }

    private RecognitionRules rulesFor(ListeningContext now, boolean guarded) {
        if (now.asleep()) {
            return guarded ? asleepRules.withoutSilenceBefore() : asleepRules;
        }
        return guarded ? readingRules : rules;
    }

    private void listen(CommandRecognizer recognizer, ListeningContext now, ChunkQueue.Chunk heard) {
        VoiceLanguage voice = loaded.get(now.language());
        short[] chunk = heard.pcm();
        if (now.reading() || heard.kioskSounding()) {
            tailUntil = recognizer.audioMillis() + EchoGuard.TAIL_MILLIS;
            // What the narrator reads and what the kiosk said besides (a scan word, a prompt, help).
            String spoken = now.spoken() + " " + (heard.kioskSounding() ? sounding.words() : "");
            if (!spoken.equals(echoFor)) {
                echoFor = spoken;
                echo.speaking(echoFor);
            }
        }
        boolean guarded = now.reading() || heard.kioskSounding() || recognizer.audioMillis() < tailUntil;
        // The context changes with every word read; the phrases only with language and chapter titles.
        OwnPhrases personal = profile;
        if (phrasesFor == null || phrasesFor.language() != now.language() || phrasesFor.settings() != now.settings()
                || !phrasesFor.chapterTitles().equals(now.chapterTitles()) || personal != phrasesProfile) {
            phrasesFor = now;
            phrasesProfile = personal;
            phrases = (now.settings() ? voice.settingsPhrases() : voice.phrases(now.chapterTitles()))
                    .withPersonal(personal);
            whileReading = phrases.only(EchoGuard.WHILE_READING);
            whileAsking = phrases.only(ANSWERS_WHILE_GUARDED);
        }
        recognizer.setPhrases(phrasesFor(now, guarded));
        recognizer.setRules(rulesFor(now, guarded));
        recognizer.setEchoFilter(guarded ? echo : EchoFilter.NONE);
        recognizer.setUncancelled(heard.uncancelled());
        recognizer.accept(chunk, chunk.length).ifPresent(decision -> {
            if (decision.accepted() && !window.isOpen()) {
                return;
            }
            if (now.asleep() && (!decision.accepted() || decision.command().kind() != Command.Kind.WAKE)) {
                return;
            }
            if (decision.accepted()) {
                window.close();
                if (logPhrases) {
                    LOG.info("Voice: heard \"{}\" as {}", decision.heard(), decision.command());
                }
                listener.command(decision.command());
                show(new VoiceStatus(Kind.HEARD, now.language(), decision.heard()));
            } else if (!guarded && decision.worthAsking() && window.isOpen()) {
                listener.unsure(decision.unsure());
            } else if (!guarded) {
                LOG.debug("Voice: not a command ({})", decision.reason());
                show(VoiceStatus.of(Kind.NOT_UNDERSTOOD, now.language()));
            }
        });
    }

    /**
     * The recognizer for {@code language}, loading its model on first use; null when it has none. A
     * language without a model of its own borrows the model for own words while the profile has own
     * words, and has none again for a guest.
     */
    private CommandRecognizer recognizer(Language language) {
        boolean personal = profile.hasOwnWords();
        VoiceLanguage known = loaded.get(language);
        VoiceLanguage voice = known == null && (!missing.containsKey(language) || retryDue(language)
                || (personal && triedBorrowing.add(language))) ? load(language, personal) : known;
        if (voice == null || (voice.borrowed() && !personal)) {
            return null;
        }
        return recognizers.computeIfAbsent(language, l -> {
            try {
                return voice.recognizer(voice.phrases(context.chapterTitles()).withPersonal(profile), rules);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean retryDue(Language language) {
        Long at = retryAt.get(language);
        return at != null && nanos.getAsLong() - at >= 0;
    }

    private VoiceLanguage load(Language language, boolean borrow) {
        if (!missing.containsKey(language)) {
            show(VoiceStatus.of(Kind.STARTING, language));
        }
        retryAt.put(language, nanos.getAsLong() + RETRY_NANOS);
        try {
            VoiceLanguage voice = loader.load(language, borrow);
            loaded.put(language, voice);
            missing.remove(language);
            retryAt.remove(language);
            voice.unknownWords(context.chapterTitles()).forEach(word ->
                    LOG.warn("Voice commands in {}: the speech model does not know the word {}", language, word));
            LOG.info("Voice control ready in {}{}", language, voice.borrowed() ? " (own words only)" : "");
            return voice;
        } catch (IOException | RuntimeException e) {
            if (!Objects.equals(e.getMessage(), missing.put(language, e.getMessage()))) {
                LOG.warn("No voice control in {}: {} (looked for again every {} s)", language, e.getMessage(),
                        TimeUnit.NANOSECONDS.toSeconds(RETRY_NANOS));
            }
            return null;
        }
    }

    private void off() {
        if (shown != null) {
            shown = null;
            listener.status(null);
        }
    }

    private void show(VoiceStatus status) {
        if (!status.equals(shown)) {
            shown = status;
            listener.status(status);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (!OwnedThreads.stop(thread)) {
            LOG.warn("Voice control is still inside the recognizer; it frees the model when it comes out");
        }
    }

    private static Set<Command.Kind> union(Set<Command.Kind> a, Set<Command.Kind> b) {
        Set<Command.Kind> all = EnumSet.noneOf(Command.Kind.class);
        all.addAll(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
