package nl.verteller.ownwords;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.verteller.audio.ChunkListener;
import nl.verteller.audio.ChunkQueue;
import nl.verteller.audio.Sounding;
import nl.verteller.kiosk.Command;
import nl.verteller.time.OwnedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The patient's own words in the kiosk: owns the {@code own-words} thread, which takes microphone
 * audio (the echo canceller's output) from a short queue and listens for the active profile's words
 * ({@link OwnWordsListener}). While the kiosk's own voice may be in the microphone (reading aloud or
 * playing any other sound, {@link Sounding}, and {@code echoTailMillis} after) only the words that may barge in ({@code whileReading}, pause) count,
 * and what was under way when reading started is forgotten. Commands are handed on; what is heard is
 * never stored or logged.
 */
public final class OwnWordsControl implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OwnWordsControl.class);
    /** Two seconds of audio: if matching falls behind, the oldest audio is dropped, not the newest. */
    private static final int QUEUE_SECONDS = 2;

    private final OwnWordsListener listener = new OwnWordsListener(new AcousticMatcher(java.util.Map.of()));
    private final ChunkQueue audio = new ChunkQueue(QUEUE_SECONDS);
    private final Set<Command.Kind> whileReading;
    private final long echoTailMillis;
    private final Consumer<Command> commands;
    private final Sounding sounding;
    private final Thread thread;
    private volatile boolean reading;
    private volatile boolean empty = true;
    private volatile boolean closed;
    private volatile boolean uncancelled;
    // Own-words thread only.
    private boolean wasReading;
    private long guardedUntil;

    /**
     * @param whileReading   the commands that count while the kiosk reads aloud
     * @param echoTailMillis how long after reading the kiosk's voice may still be heard
     * @param commands       told each command, on the own-words thread
     */
    public OwnWordsControl(Set<Command.Kind> whileReading, long echoTailMillis, Consumer<Command> commands) {
        this(whileReading, echoTailMillis, commands, Sounding.NEVER);
    }

    /** @param sounding whether the kiosk's speaker sounds: guarded as while it reads */
    public OwnWordsControl(Set<Command.Kind> whileReading, long echoTailMillis, Consumer<Command> commands,
            Sounding sounding) {
        this.sounding = sounding;
        this.whileReading = Set.copyOf(whileReading);
        this.echoTailMillis = echoTailMillis;
        this.commands = commands;
        this.thread = OwnedThreads.daemon(this::run, "own-words");
    }

    public void start() {
        thread.start();
    }

    /**
     * Listens for {@code profile}'s own words from the next utterance on (none: listens for nothing); its
     * takes not kept are heard as no command. Any thread.
     */
    public void setWords(Profile profile) {
        empty = profile.sounds().isEmpty();
        listener.setMatcher(AcousticMatcher.of(profile));
    }

    /** Whether the kiosk is reading aloud. Any thread. */
    public void setReading(boolean now) {
        reading = now;
    }

    /** Microphone audio, after the echo canceller. Any thread; drops it while there are no own words. */
    public void audio(short[] pcm, int count) {
        if (empty) {
            return;
        }
        audio.offer(pcm, count, reading || sounding.now(), uncancelled);
    }

    /** Whether the kiosk's sound comes in uncancelled now (see {@link ChunkListener#uncancelledEcho}). Audio thread. */
    public void uncancelledEcho(boolean now) {
        uncancelled = now;
    }

    private void run() {
        while (!closed) {
            try {
                ChunkQueue.Chunk chunk = audio.poll(200);
                if (chunk != null) {
                    listen(chunk.pcm(), chunk.kioskSounding(), chunk.uncancelled());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Own words: error; it goes on listening", e);
            }
        }
    }

    private void listen(short[] chunk, boolean now, boolean uncancelled) {
        if (now && !wasReading) {
            listener.reset();
        }
        wasReading = now;
        if (now) {
            guardedUntil = listener.audioMillis() + echoTailMillis;
        }
        boolean guarded = now || listener.audioMillis() < guardedUntil;
        Optional<OwnWordsListener.Heard> heard = listener.accept(chunk, chunk.length);
        if (uncancelled) {
            // The kiosk's own voice as loud as it came: nothing heard in it counts, and what follows starts afresh.
            listener.reset();
            return;
        }
        heard.filter(said -> said.match().accepted())
                .map(said -> said.match().command())
                .filter(command -> !guarded || whileReading.contains(command.kind()))
                .ifPresent(commands);
    }

    @Override
    public void close() {
        closed = true;
        OwnedThreads.stop(thread);
    }
}
