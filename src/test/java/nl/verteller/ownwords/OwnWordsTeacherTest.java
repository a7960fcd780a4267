package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.AudioOut;
import nl.verteller.audio.MemorySink;
import nl.verteller.kiosk.OwnWords.Teaching.Phase;
import nl.verteller.kiosk.OwnWords;
import nl.verteller.speech.Prompter;
import nl.verteller.tags.Fast;
import nl.verteller.voice.TakeRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged profile file is said on the own-words screen, not silently turned into everyone a guest;
 * a patient's profile name never reaches the log.
 */
@Fast
class OwnWordsTeacherTest {
    private static final OwnWordsTeacher.ModelLoader NO_MODEL = () -> {
        throw new IOException("no model in this test");
    };

    @TempDir
    Path dir;

    @Test
    void aDamagedProfileFileIsSaidOnTheOwnWordsScreen() throws Exception {
        Path file = dir.resolve("profiles.json");
        byte[] noise = new byte[1024];
        new Random(4).nextBytes(noise);
        Files.write(file, noise);
        LinkedBlockingQueue<OwnWords> shown = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Profile> listening = new LinkedBlockingQueue<>();
        try (AudioOut out = new AudioOut(new MemorySink());
                Prompter prompter = new Prompter(language -> Optional.empty(), out);
                OwnWordsTeacher teacher = new OwnWordsTeacher(file, NO_MODEL, new TakeRecorder(), prompter, () -> false,
                        shown::add, listening::add)) {
            teacher.use("anna");
            assertThat(listening.poll(10, TimeUnit.SECONDS)).isEqualTo(Profile.guest());
            OwnWords own = shown.poll(10, TimeUnit.SECONDS);
            assertThat(own).isNotNull();
            assertThat(own.teaching()).isNotNull();
            assertThat(own.teaching().phase()).isEqualTo(Phase.UNREADABLE);
            assertThat(own.teachingNow()).isFalse();
        }
    }

    @Test
    void aProfileNameIsNeverLogged() throws Exception {
        Path file = dir.resolve("profiles.json");
        Files.writeString(file, "{\"profiles\":{}}");
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        LinkedBlockingQueue<Profile> listening = new LinkedBlockingQueue<>();
        try (AudioOut out = new AudioOut(new MemorySink());
                Prompter prompter = new Prompter(language -> Optional.empty(), out);
                OwnWordsTeacher teacher = new OwnWordsTeacher(file, NO_MODEL, new TakeRecorder(), prompter, () -> false,
                        own -> { }, listening::add)) {
            teacher.use("Marijke-de-Vries");
            teacher.delete("Marijke-de-Vries");
            assertThat(listening.poll(10, TimeUnit.SECONDS)).isEqualTo(Profile.guest());
            assertThat(listening.poll(10, TimeUnit.SECONDS)).isEqualTo(Profile.guest());
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain("Marijke"));
    }
}
