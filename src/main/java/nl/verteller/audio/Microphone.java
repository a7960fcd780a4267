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
 * counts as gone too: when its sound server dies, a read may block for many seconds instead of
 * failing, so a watch ({@code audio-in-watch}) reports it while the read still waits. Audio is
 * handed on, never stored.
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

    private final String device;
    private final ChunkListener listener;
    private final Thread thread;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            task -> OwnedThreads.daemon(task, "audio-in-watch"));
    private volatile boolean closed;
    /** The line being read, so that close() can stop a read that waits for sound. */
    private volatile TargetDataLine current;
    /** When the open line last gave audio (System.nanoTime); 0 while no line is open. */
    private volatile long lastAudio;
    /** What the listener was last told; null before anything was. */
    private Boolean available;

    public Microphone(String device, ChunkListener listener) {
        this.device = device;
        this.listener = listener;
        this.thread = OwnedThreads.daemon(this::run, "audio-in");
    }

    public void start() {
        thread.start();
        watch.scheduleWithFixedDelay(this::checkSound, STALL_MILLIS, 500, TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (!closed) {
            try (TargetDataLine line = open()) {
                current = line;
                if (closed) {
                    return;
                }
                read(line, device + ", " + line.getLineInfo());
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                tell(false, e.getMessage());
            } finally {
                current = null;
                lastAudio = 0;
            }
            pause(RETRY_MILLIS);
        }
    }

    private void checkSound() {
        long last = lastAudio;
        if (last != 0 && System.nanoTime() - last > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
            tell(false, "the microphone stopped giving sound");
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

    /** Reads until the line fails; {@code opened} names it (built once, not per chunk). */
    private void read(TargetDataLine line, String opened) {
        byte[] bytes = new byte[CHUNK * 2];
        short[] samples = new short[CHUNK];
        tell(true, opened);
        line.start();
        lastAudio = System.nanoTime();
        while (!closed) {
            int read = line.read(bytes, 0, bytes.length);
            if (read <= 0) {
                return;
            }
            lastAudio = System.nanoTime();
            tell(true, opened);
            int count = read / 2;
            Pcm16.toSamples(bytes, 0, count, false, samples);
            listener.audio(samples, count);
        }
    }

    private TargetDataLine open() throws LineUnavailableException {
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        TargetDataLine line = (TargetDataLine) AudioDevices.line(device, new DataLine.Info(TargetDataLine.class, format));
        line.open(format, SAMPLE_RATE * BUFFER_MILLIS / 1000 * 2);
        return line;
    }

    private void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        watch.shutdownNow();
        TargetDataLine line = current;
        if (line != null) {
            // A read stuck in the sound system (its device gone under it) holds the line's lock, and
            // stopping the line would wait for ever: stop it on a thread of its own, go on after 2 s.
            Thread stopper = new Thread(() -> {
                line.stop();
                line.close();
            }, "audio-in-close");
            stopper.setDaemon(true);
            stopper.start();
            try {
                stopper.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (stopper.isAlive()) {
                LOG.warn("The microphone did not close within 2 s: its sound device does not answer");
            }
        }
        if (!OwnedThreads.stop(thread)) {
            LOG.warn("The microphone thread did not stop within 2 s");
        }
    }
}
