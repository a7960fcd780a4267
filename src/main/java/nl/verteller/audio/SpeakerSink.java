package nl.verteller.audio;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's speaker through Java Sound, used by {@link nl.verteller.audio.AudioOut} alone, on its
 * thread. With no speaker (as on a CI machine) it keeps time as if
 * it were playing, so the read-along highlight still moves, and tries the speaker again every few
 * seconds, so a speaker plugged in later is used without a restart.
 *
 * <p>Configuration: {@code audio.output} (part of a mixer name, or {@code default}),
 * {@code audio.buffer.ms} (device buffer, default 120: lower reacts faster to pause, higher is safer
 * against stutter).
 *
 * <p>What really goes to the device is shown to a {@link PlaybackTap}, the echo canceller's reference.
 */
public final class SpeakerSink implements AudioSink {
    private static final Logger LOG = LoggerFactory.getLogger(SpeakerSink.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String device;
    private final int bufferMillis;
    private final Listener onChange;
    private final PlaybackTap tap;
    private SourceDataLine line;
    private int lineRate;
    private long nextTry;
    private String description = "speaker not opened yet";
    private byte[] bytes = new byte[0];
    private final AtomicLong discards = new AtomicLong();

    /** Told when the speaker appears or goes away. */
    @FunctionalInterface
    public interface Listener {
        void changed(boolean available, String detail);
    }

    /**
     * @param onChange told whenever the speaker appears or goes away
     */
    public SpeakerSink(String device, int bufferMillis, Listener onChange) {
        this(device, bufferMillis, onChange, PlaybackTap.NONE);
    }

    /**
     * @param onChange told whenever the speaker appears or goes away
     * @param tap      shown every sample written to the speaker
     */
    public SpeakerSink(String device, int bufferMillis, Listener onChange, PlaybackTap tap) {
        this.device = device;
        this.bufferMillis = bufferMillis;
        this.onChange = onChange;
        this.tap = tap;
    }

    @Override
    public void play(short[] pcm, int offset, int count, int sampleRate) throws InterruptedException {
        if (line == null || lineRate != sampleRate) {
            open(sampleRate);
        }
        if (line == null) {
            keepTime(count, sampleRate);
            return;
        }
        if (bytes.length < count * 2) {
            bytes = new byte[count * 2];
        }
        for (int i = 0; i < count; i++) {
            short s = pcm[offset + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        if (!line.isActive() && !line.isRunning()) {
            line.start();
        }
        long discardsBefore = discards.get();
        tap.playing(pcm, offset, count, sampleRate, pendingSamples());
        int written = line.write(bytes, 0, count * 2);
        // A short write that no discard() caused: the device is gone (a dead ALSA or PulseAudio stream
        // returns at once, and reading would race through the chapter), so keep time for the rest.
        if (written < count * 2 && discards.get() == discardsBefore) {
            lost("the speaker stopped taking audio");
            keepTime(count - written / 2, sampleRate);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** Without a speaker: wait as long as the audio would have played. */
    private static void keepTime(int count, int sampleRate) throws InterruptedException {
        long end = System.nanoTime() + count * 1_000_000_000L / sampleRate;
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private void open(int sampleRate) {
        closeLine();
        long now = System.nanoTime();
        if (now - nextTry < 0) {
            return;
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try {
            SourceDataLine opened = findLine(format);
            opened.open(format, Math.max(1, sampleRate * bufferMillis / 1000) * 2);
            opened.start();
            line = opened;
            lineRate = sampleRate;
            changed(true, "speaker: " + mixerName());
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            nextTry = now + RETRY_NANOS;
            changed(false, "no speaker (" + e.getMessage() + "); reading goes on silently, retrying");
        }
    }

    private SourceDataLine findLine(AudioFormat format) throws LineUnavailableException {
        return (SourceDataLine) AudioDevices.line(device, new DataLine.Info(SourceDataLine.class, format));
    }

    private String mixerName() {
        return device == null || device.isBlank() ? "default" : device;
    }

    private void lost(String why) {
        closeLine();
        nextTry = System.nanoTime() + RETRY_NANOS;
        changed(false, "no speaker (" + why + "); reading goes on silently, retrying");
    }

    private void changed(boolean available, String now) {
        if (!now.equals(description)) {
            description = now;
            LOG.info("Audio output: {}", now);
            onChange.changed(available, now);
        }
    }

    @Override
    public int pendingSamples() {
        return line == null ? 0 : (line.getBufferSize() - line.available()) / 2;
    }

    @Override
    public void discard() {
        discards.incrementAndGet();
        if (line != null) {
            // Stopped, not left to run dry: after an underrun PulseAudio's ALSA plugin drops what is
            // written next for as long as it ran dry, cutting off the start of what is read next.
            line.stop();
            line.flush();
            tap.discarded();
        }
    }

    @Override
    public void drain() {
        if (line != null) {
            line.drain();
            line.stop();
        }
    }

    @Override
    public String description() {
        return description;
    }

    private void closeLine() {
        if (line != null) {
            line.close();
            line = null;
        }
    }

    @Override
    public void close() {
        closeLine();
    }
}
