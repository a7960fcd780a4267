package nl.verteller.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The PulseAudio loop of the end-to-end tests: a null sink as speaker, its monitor as microphone. */
final class PulseLoop {
    private PulseLoop() {
    }

    /** Fails clearly when PulseAudio is not running with the loop, instead of skipping. */
    static void requireRunning() throws Exception {
        Process info = new ProcessBuilder("pactl", "get-default-source").redirectErrorStream(true).start();
        String source = new String(info.getInputStream().readAllBytes()).strip();
        info.waitFor(10, TimeUnit.SECONDS);
        assertThat(source).as("the voice loop needs PulseAudio with a null sink's monitor as default source"
                + " (see .ci/run)").endsWith(".monitor");
    }

    /** Stops PulseAudio: to the kiosk, speaker and microphone are pulled out at once. */
    static void pull() throws IOException, InterruptedException {
        run("pulseaudio", "--kill");
    }

    /** Starts PulseAudio with the loop again (as {@code .ci/run} does): the devices are back. */
    static void plugBack() throws IOException, InterruptedException {
        run("bash", ".ci/pulse-loop");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    }

    /** {@code text} by FreeTTS, as a WAV file. */
    static Path speak(Path dir, String text) {
        Path wav = dir.resolve(text.replace(' ', '-') + ".wav");
        int code = Main.run(List.of("speak", "--lang", "en", "--out", wav.toString(), text), System.out, System.err);
        assertThat(code).isZero();
        return wav;
    }

    /**
     * {@code text} by espeak-ng's American English voice, as a WAV file: another voice than the
     * kiosk's English narrator (FreeTTS), as a patient's would be.
     */
    static Path speakOtherVoice(Path dir, String text) throws IOException, InterruptedException {
        Path wav = dir.resolve("other-" + text.replace(' ', '-') + ".wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-w", wav.toString(), text).inheritIO().start();
        assertThat(espeak.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(espeak.exitValue()).isZero();
        return wav;
    }

    /** Plays a WAV into the default sink and waits until it has played. */
    static void play(Path wav) throws IOException, InterruptedException {
        Process play = new ProcessBuilder("paplay", wav.toString()).inheritIO().start();
        assertThat(play.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(play.exitValue()).isZero();
    }
}
