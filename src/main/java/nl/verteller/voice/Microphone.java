package nl.verteller.voice;

import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;
import nl.verteller.speech.AudioDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The microphone through Java Sound: 16 kHz, mono, 16-bit, read in 40 ms chunks on its own thread
 * ({@code audio-in}). No microphone, or one that goes away, is reported and retried every few
 * seconds, so one plugged in later is used without a restart. Audio is handed on, never stored.
 *
 * <p>Configuration: {@code audio.input} (part of a mixer name, or {@code default}).
 */
public final class Microphone implements AutoCloseable {
    /** Samples per chunk: 40 ms at 16 kHz. */
    public static final int CHUNK = 640;
    private static final long RETRY_MILLIS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(Microphone.class);

    /** Receives audio and changes of availability, on the {@code audio-in} thread. */
    public interface Listener {
        void audio(short[] pcm, int count);

        void available(boolean available, String detail);
    }

    private final String device;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;

    public Microphone(String device, Listener listener) {
        this.device = device;
        this.listener = listener;
        this.thread = new Thread(this::run, "audio-in");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        Boolean available = null;
        while (!closed) {
            try (TargetDataLine line = open()) {
                if (!Boolean.TRUE.equals(available)) {
                    available = true;
                    LOG.info("Microphone open: {}", line.getLineInfo());
                    listener.available(true, "microphone: " + device);
                }
                read(line);
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                if (!Boolean.FALSE.equals(available)) {
                    available = false;
                    LOG.warn("No microphone ({}); voice control waits for one", e.getMessage());
                    listener.available(false, e.getMessage());
                }
            }
            pause(RETRY_MILLIS);
        }
    }

    private void read(TargetDataLine line) {
        byte[] bytes = new byte[CHUNK * 2];
        short[] samples = new short[CHUNK];
        line.start();
        while (!closed) {
            int read = line.read(bytes, 0, bytes.length);
            if (read <= 0) {
                return;
            }
            int count = read / 2;
            for (int i = 0; i < count; i++) {
                samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            listener.audio(samples, count);
        }
    }

    private TargetDataLine open() throws LineUnavailableException {
        AudioFormat format = new AudioFormat(VoskDecoder.SAMPLE_RATE, 16, 1, true, false);
        TargetDataLine line = (TargetDataLine) AudioDevices.line(device, new DataLine.Info(TargetDataLine.class, format));
        line.open(format, CHUNK * 2 * 4);
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
        thread.interrupt();
    }
}
