package nl.verteller.audio;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import nl.verteller.time.OwnedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The microphone through Java Sound: 16 kHz, mono, 16-bit, read in 20 ms chunks on its own thread
 * ({@code audio-in}). No microphone, or one that goes away, is reported and retried every few
 * seconds, so one plugged in later is used without a restart. A microphone that stops giving sound
 * counts as gone too: when its sound server dies, a read may block for ever instead of failing, so a
 * watch ({@code audio-in-watch}) reports it and leaves that read behind: a new reader opens the
 * microphone again, and the old one, should its read ever return, hands on nothing. Audio is handed
 * on, never stored.
 *
 * <p>Configuration: {@code audio.input} (part of a mixer name, or {@code default}).
 */
public final class Microphone implements AutoCloseable {
    /** Samples per second of what the microphone gives: what speech recognition and own words hear. */
    public static final int SAMPLE_RATE = 16_000;

    /**
     * Samples per chunk: 20 ms at 16 kHz. A command is decided when the chunk that completes its
     * silence after comes in: 40 ms chunks made the kiosk act 14 ms later on the median (bench voice).
     */
    public static final int CHUNK = 320;
    /** The line's own buffer: a read that comes this late (a pause of the JVM) loses nothing. */
    private static final int BUFFER_MILLIS = 160;
    private static final long RETRY_MILLIS = 3000;
    /** An open microphone gives a chunk every 20 ms; this long without one, it is gone. */
    private static final long STALL_MILLIS = 2500;
    private static final Logger LOG = LoggerFactory.getLogger(Microphone.class);

    /** Opens the microphone's line (Java Sound's, or a test's). */
    @FunctionalInterface
    interface LineOpener {
        TargetDataLine open() throws LineUnavailableException;
    }

    private final String device;
    private final LineOpener opener;
    private final ChunkListener listener;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            task -> OwnedThreads.daemon(task, "audio-in-watch"));
    private volatile boolean closed;
    /** The reader that hands audio on; one left behind in a read that does not return is no longer it. */
    private volatile Reader reader;
    /** What the listener was last told; null before anything was. */
    private Boolean available;

    public Microphone(String device, ChunkListener listener) {
        this(device, () -> open(device), listener);
    }

    Microphone(String device, LineOpener opener, ChunkListener listener) {
        this.device = device;
        this.opener = opener;
        this.listener = listener;
        this.reader = new Reader();
    }

    public void start() {
        reader.thread.start();
        watch.scheduleWithFixedDelay(this::checkSound, STALL_MILLIS, 500, TimeUnit.MILLISECONDS);
    }

    /** Stops a line on a thread of its own: a read stuck under it holds its lock, and stop() would wait for ever. */
    private static Thread stopAside(TargetDataLine line) {
        Thread stopper = OwnedThreads.daemon(() -> {
            line.stop();
            line.close();
        }, "audio-in-close");
        stopper.start();
        return stopper;
    }

    private void checkSound() {
        Reader stalled = reader;
        long last = stalled.lastAudio;
        if (last != 0 && System.nanoTime() - last > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
            tell(false, "the microphone stopped giving sound");
            TargetDataLine line = stalled.line;
            Reader next = new Reader();
            reader = next;
            if (line != null) {
                stopAside(line);
            }
            next.thread.start();
        }
    }

    /** Tells the listener of a change of availability, once. */
    private synchronized void tell(boolean now, String detail) {
        if (available != null && available == now) {
            return;
        }
        if (now) {
            LOG.info("Microphone open: {}", detail);
        } else {
            LOG.warn("No microphone ({}); voice control waits for one", detail);
        }
        available = now;
        listener.available(now, detail);
    }

    private static TargetDataLine open(String device) throws LineUnavailableException {
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        TargetDataLine line = (TargetDataLine) AudioDevices.line(device, new DataLine.Info(TargetDataLine.class, format));
        line.open(format, SAMPLE_RATE * BUFFER_MILLIS / 1000 * 2);
        return line;
    }

    @Override
    public void close() {
        closed = true;
        watch.shutdownNow();
        Reader last = reader;
        TargetDataLine line = last.line;
        if (line != null) {
            Thread stopper = stopAside(line);
            try {
                stopper.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (stopper.isAlive()) {
                LOG.warn("The microphone did not close within 2 s: its sound device does not answer");
            }
        }
        if (!OwnedThreads.stop(last.thread)) {
            LOG.warn("The microphone thread did not stop within 2 s");
        }
    }

    /** One thread that opens the microphone, reads it, and opens it again when it fails, while it is the reader. */
    private final class Reader {
        final Thread thread = OwnedThreads.daemon(this::run, "audio-in");
        /** The line being read, so that it can be stopped under a read that waits for sound. */
        volatile TargetDataLine line;
        /** When the open line last gave audio (System.nanoTime); 0 while no line is open. */
        volatile long lastAudio;

        private boolean current() {
            return !closed && reader == this;
        }

        private void run() {
            while (current()) {
                try (TargetDataLine opened = opener.open()) {
                    line = opened;
                    if (!current()) {
                        return;
                    }
                    read(opened, device + ", " + opened.getLineInfo());
                } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                    if (current()) {
                        tell(false, e.getMessage());
                    }
                } finally {
                    line = null;
                    lastAudio = 0;
                }
                if (current()) {
                    pause(RETRY_MILLIS);
                }
            }
        }

        /** Reads until the line fails or this is no longer the reader; {@code opened} names it (built once). */
        private void read(TargetDataLine opened, String name) {
            byte[] bytes = new byte[CHUNK * 2];
            short[] samples = new short[CHUNK];
            tell(true, name);
            opened.start();
            lastAudio = System.nanoTime();
            while (current()) {
                int read = opened.read(bytes, 0, bytes.length);
                if (read <= 0 || !current()) {
                    return;
                }
                lastAudio = System.nanoTime();
                tell(true, name);
                int count = read / 2;
                Pcm16.toSamples(bytes, 0, count, false, samples);
                listener.audio(samples, count);
            }
        }

        private void pause(long millis) {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }
}
