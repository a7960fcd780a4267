package nl.verteller.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.verteller.Main;

/**
 * The PulseAudio loop of the end-to-end tests: a null sink as speaker, its monitor as microphone, in a
 * PulseAudio of the tests' own. It lives in the folder that {@code pom.xml} gives the test JVM as
 * {@code PULSE_RUNTIME_PATH} ({@code target/pulse/}), and {@code PULSE_SERVER} sends the JVM's Java
 * Sound (through ALSA's pulse plugin), {@code pactl} and {@code paplay} there: a desktop's sound
 * server or another checkout's is never used, stopped or changed. It stops with the test JVM (and by
 * itself two minutes after its last client left, should the JVM be killed). Java Sound looks for
 * devices once per JVM, so the loop must run before any test touches it: a test tagged
 * {@code @Sound} has {@link PulseLoopListener} start it before the run's first test;
 * {@link #requireRunning()} starts it again after {@link #pull()} or an idle exit.
 */
final class PulseLoop {
    private static final String SINK = "kiosk";
    private static final int IDLE_SECONDS = 120;
    private static boolean stopAtExit;

    private PulseLoop() {
    }

    /** Starts the loop unless it runs; fails clearly when it cannot, instead of skipping. */
    static synchronized void requireRunning() throws IOException, InterruptedException {
        if (!running()) {
            start();
        }
        assertThat(running()).as("the tests' PulseAudio with the loop in %s (its log: pulseaudio.log there)",
                runtime()).isTrue();
    }

    /** Stops the tests' PulseAudio: to the kiosk, speaker and microphone are pulled out at once. */
    static synchronized void pull() throws IOException, InterruptedException {
        stop();
    }

    /** Starts the tests' PulseAudio with the loop again: the devices are back. */
    static synchronized void plugBack() throws IOException, InterruptedException {
        requireRunning();
    }

    private static void start() throws IOException, InterruptedException {
        Path runtime = runtime();
        if (!Files.isDirectory(runtime)) {
            Files.createDirectories(runtime,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        // No default script (-n): a null sink and the socket only, the same on a desktop as in CI.
        daemon("--daemonize=yes", "-n", "--exit-idle-time=" + IDLE_SECONDS, "--disallow-exit",
                "--log-target=newfile:" + runtime.resolve("pulseaudio.log"),
                "-L", "module-native-protocol-unix auth-anonymous=1",
                "-L", "module-null-sink sink_name=" + SINK + " sink_properties=device.description=" + SINK);
        if (!stopAtExit) {
            stopAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (IOException e) {
                    System.err.println("the tests' PulseAudio in " + runtime + " did not stop: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "pulse-loop-stop"));
        }
    }

    /** Stops the PulseAudio whose pid file is in the tests' runtime folder, and waits until it has gone. */
    private static void stop() throws IOException, InterruptedException {
        daemon("--kill");
        for (int i = 0; i < 100 && daemon("--check") == 0; i++) {
            Thread.sleep(100);
        }
    }

    /** True when the tests' PulseAudio answers with the null sink's monitor as default source. */
    private static boolean running() throws IOException, InterruptedException {
        Process info = new ProcessBuilder("pactl", "get-default-source").redirectErrorStream(true).start();
        String source = new String(info.getInputStream().readAllBytes()).strip();
        return info.waitFor(10, TimeUnit.SECONDS) && info.exitValue() == 0 && source.equals(SINK + ".monitor");
    }

    /**
     * The {@code pulseaudio} program on the tests' runtime folder only: its pid file there is how
     * {@code --check} and {@code --kill} find it. No display or session bus, so it announces itself to
     * no desktop.
     */
    private static int daemon(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pulseaudio"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.remove("PULSE_SERVER");
        env.remove("DISPLAY");
        env.remove("DBUS_SESSION_BUS_ADDRESS");
        env.put("PULSE_RUNTIME_PATH", runtime().toString());
        env.put("PULSE_STATE_PATH", runtime().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("the voice loop needs PulseAudio (Debian: pulseaudio pulseaudio-utils"
                    + " libasound2-plugins)", e);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return process.exitValue();
    }

    /**
     * The tests' runtime folder, from the environment that {@code pom.xml} gives the test JVM. Without
     * it the tests would reach the desktop's server: they fail instead.
     */
    private static Path runtime() {
        String runtime = System.getenv("PULSE_RUNTIME_PATH");
        String server = System.getenv("PULSE_SERVER");
        assertThat(runtime != null && server != null && server.equals("unix:" + Path.of(runtime, "native")))
                .as("the voice loop needs its own PulseAudio: run the test through Maven, whose pom.xml sets"
                        + " PULSE_RUNTIME_PATH and PULSE_SERVER (now %s and %s)", runtime, server)
                .isTrue();
        return Path.of(runtime);
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
