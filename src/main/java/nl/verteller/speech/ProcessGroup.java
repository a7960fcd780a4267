package nl.verteller.speech;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a helper program in a process group of its own and stops the whole group. A wrapper script
 * around espeak-ng may fork: killing only the process Java started leaves its child holding the
 * audio pipe open (narration stalls with no message) and an orphan behind.
 */
final class ProcessGroup {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessGroup.class);
    /** util-linux's setsid: every Debian has it; without it only the descendants are found. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ProcessGroup() {
    }

    /**
     * {@code builder}'s command, as the leader of a new process group where the system allows.
     *
     * @throws NoSuchFileException when the program is not there (as a plain start would say)
     */
    static Process start(ProcessBuilder builder) throws IOException {
        if (Files.isExecutable(SETSID)) {
            String program = builder.command().get(0);
            if (!found(program)) {
                throw new NoSuchFileException(program);
            }
            List<String> command = new ArrayList<>(builder.command());
            command.add(0, SETSID.toString());
            return new ProcessBuilder(command).redirectInput(builder.redirectInput())
                    .redirectOutput(builder.redirectOutput()).redirectError(builder.redirectError())
                    .redirectErrorStream(builder.redirectErrorStream()).start();
        }
        return builder.start();
    }

    /** Whether {@code program} can be run: a path to it, or a name on the PATH. */
    private static boolean found(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /** Kills {@code process}, every process below it and every process of its group, at once. */
    static void kill(Process process) {
        List<ProcessHandle> below = process.descendants().toList();
        if (process.isAlive() && Files.isExecutable(SETSID)) {
            killGroup(process.pid());
        }
        below.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void killGroup(long leader) {
        try {
            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + leader)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(2, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            LOG.warn("Cannot stop the process group of {}: {}", leader, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
