package nl.verteller.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.AudioFiles;
import nl.verteller.audio.Microphone;
import nl.verteller.content.Language;
import nl.verteller.speech.AudioReceiver;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;

/**
 * An English voice of Flite (CMU's small synthesizer: {@code slt}, {@code awb}, {@code rms},
 * {@code kal16}), for {@code bench voice} only: a third family of synthesizers besides FreeTTS and
 * espeak-ng, with voices recorded from people (clustergen and diphones), so the benchmark hears
 * voices the kiosk's recognizer was never tried on. Needs the Debian package {@code flite}.
 */
final class FliteVoice implements Synthesizer {
    private static final String COMMAND = "flite";
    private static final long TIMEOUT_SECONDS = 30;

    private final String voice;

    FliteVoice(String voice) {
        this.voice = voice;
    }

    @Override
    public String name() {
        return "flite-" + voice;
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.EN);
    }

    @Override
    public boolean givesWordTimings() {
        return false;
    }

    @Override
    public Optional<String> unavailableReason() {
        try {
            Process process = new ProcessBuilder(COMMAND, "-lv").redirectErrorStream(true).start();
            String voices = new String(process.getInputStream().readAllBytes());
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return List.of(voices.trim().split("\\s+")).contains(voice) ? Optional.empty()
                    : Optional.of("flite has no voice " + voice);
        } catch (IOException e) {
            return Optional.of("flite is not installed (sudo apt-get install flite)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking flite for its voices");
        }
    }

    @Override
    public void synthesize(String text, Language language, double rate, AudioReceiver receiver)
            throws SpeechException, InterruptedException {
        // Flite's rate is a stretch of its durations: slower speech is a larger one.
        List<String> args = List.of(COMMAND, "-voice", voice, "--setf",
                String.format(Locale.ROOT, "duration_stretch=%.3f", 1 / rate), "-t", text, "-o", "/dev/stdout");
        Process process;
        try {
            process = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SpeechException("flite cannot be started (sudo apt-get install flite): " + e.getMessage(), e);
        }
        try (InputStream out = process.getInputStream()) {
            byte[] wav = out.readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new SpeechException("flite failed on \"" + text + "\"");
            }
            short[] pcm = AudioFiles.read16kMono(name(), new ByteArrayInputStream(wav));
            receiver.start(Microphone.SAMPLE_RATE);
            receiver.samples(pcm, pcm.length);
        } catch (IOException e) {
            throw new SpeechException("flite failed: " + e.getMessage(), e);
        } finally {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        // One process per text.
    }
}
