package nl.verteller.speech;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verteller.audio.Pcm16;
import nl.verteller.audio.WavHeader;
import nl.verteller.content.FileReasons;
import nl.verteller.content.Language;

/**
 * espeak-ng through its command line, one process per text, streamed: audio is handed on while the
 * process still speaks. A process that takes longer than the time-out is killed, so a hung espeak-ng
 * never blocks the kiosk; the next text simply starts a new one.
 *
 * <p>Configuration: {@code espeak.command} (default {@code espeak-ng}), {@code espeak.voice.nl}
 * (default {@code nl}), {@code espeak.voice.en} (default {@code en-gb}), {@code espeak.wpm} (words
 * per minute at rate 1.0, default 150), {@code espeak.timeout.ms} (default 10000).
 */
public final class EspeakSynthesizer implements Synthesizer {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "espeak-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final String command;
    private final Map<Language, String> voices;
    private final int wordsPerMinute;
    private final long timeoutMillis;
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** The longest {@code --version} may take; never longer than a text may ({@code espeak.timeout.ms}). */
    private static final long PROBE_MILLIS = 5000;
    private Optional<String> checked;
    private long checkedAt;

    public EspeakSynthesizer(String command, Map<Language, String> voices, int wordsPerMinute, long timeoutMillis) {
        this.command = command;
        this.voices = Map.copyOf(voices);
        this.wordsPerMinute = wordsPerMinute;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "espeak";
    }

    @Override
    public Set<Language> languages() {
        return voices.keySet();
    }

    @Override
    public boolean givesWordTimings() {
        return false;
    }

    /**
     * Checked by running {@code espeak-ng --version}, with a time-out. A good answer is kept; a bad one
     * for {@link #RECHECK_NANOS}, after which espeak-ng is tried again (it may have been installed).
     */
    @Override
    public synchronized Optional<String> unavailableReason() {
        if (checked == null || (checked.isPresent() && System.nanoTime() - checkedAt > RECHECK_NANOS)) {
            checked = probe();
            checkedAt = System.nanoTime();
        }
        return checked;
    }

    private Optional<String> probe() {
        Process process;
        try {
            process = ProcessGroup.start(new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            return Optional.of(command + " is not installed: install the Debian package espeak-ng"
                    + " (sudo apt-get install espeak-ng)");
        }
        try {
            process.getOutputStream().close();
            long probeMillis = Math.min(PROBE_MILLIS, timeoutMillis);
            if (!process.waitFor(probeMillis, TimeUnit.MILLISECONDS)) {
                return Optional.of(command + " --version did not answer within " + probeMillis + " ms");
            }
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of(command + " --version failed with exit code " + process.exitValue());
        } catch (IOException e) {
            return Optional.of(command + " could not be asked its version: " + FileReasons.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking " + command);
        } finally {
            ProcessGroup.kill(process);
        }
    }

    @Override
    public void synthesize(String text, Language language, double rate, AudioReceiver receiver)
            throws SpeechException, InterruptedException {
        String voice = voices.get(language);
        if (voice == null) {
            throw new SpeechException("espeak-ng has no voice configured for " + language);
        }
        List<String> args = List.of(command, "-v", voice, "-s", Integer.toString((int) Math.round(wordsPerMinute * rate)),
                "-b", "1", "-z", "--stdout", "--stdin");
        Process process;
        try {
            process = ProcessGroup.start(new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            throw new SpeechException(command + " cannot be started (install espeak-ng): " + FileReasons.of(e), e);
        }
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            killed.set(true);
            ProcessGroup.kill(process);
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try (OutputStream stdin = process.getOutputStream(); InputStream stdout = process.getInputStream()) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
            stdin.close();
            stream(new DataInputStream(stdout), receiver);
            if (!receiver.wanted()) {
                return;
            }
            if (killed.get()) {
                throw new SpeechException(command + " did not finish within " + timeoutMillis + " ms and was stopped");
            }
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new SpeechException(command + " ended with exit code " + exitCode(process) + " on \"" + text + "\"");
            }
        } catch (IOException e) {
            if (killed.get()) {
                throw new SpeechException(command + " did not finish within " + timeoutMillis + " ms and was stopped", e);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("espeak-ng synthesis stopped");
            }
            throw new SpeechException(command + " failed: " + FileReasons.of(e), e);
        } finally {
            watchdog.cancel(false);
            ProcessGroup.kill(process);
        }
    }

    private static String exitCode(Process process) {
        return process.isAlive() ? "(still running)" : Integer.toString(process.exitValue());
    }

    /** Reads the WAV espeak-ng writes to stdout and hands on its samples as they arrive. */
    private static void stream(DataInputStream wav, AudioReceiver receiver) throws IOException, InterruptedException {
        int sampleRate = WavHeader.readUntilData(wav);
        receiver.start(sampleRate);
        byte[] bytes = new byte[4096];
        short[] samples = new short[bytes.length / 2];
        int carried = 0;
        int read;
        while ((read = wav.read(bytes, carried, bytes.length - carried)) > 0) {
            if (Thread.interrupted()) {
                throw new InterruptedException("espeak-ng synthesis stopped");
            }
            if (!receiver.wanted()) {
                return;
            }
            int available = carried + read;
            int count = available / 2;
            Pcm16.toSamples(bytes, 0, count, false, samples);
            receiver.samples(samples, count);
            carried = available % 2;
            if (carried == 1) {
                bytes[0] = bytes[available - 1];
            }
        }
        if (read < 0 && carried != 0) {
            throw new EOFException("odd number of audio bytes");
        }
    }

    @Override
    public void close() {
        // One process per text: nothing stays open between texts.
    }
}
