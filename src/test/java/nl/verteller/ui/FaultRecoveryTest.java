package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.swing.JLabel;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults injected into the real kiosk: it does not crash, says what is wrong, and recovers by itself. */
@Gui
class FaultRecoveryTest {
    @TempDir
    Path dir;

    private KioskFixture kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void withoutEspeakDutchIsShownTheProblemSaidAndEnglishStillReads() throws Exception {
        kiosk = KioskFixture.start(true, "espeak.command", "/nonexistent/espeak-ng");
        kiosk.send(Command.chapter(1));
        kiosk.await("the problem said", 10, () -> kiosk.state().speechProblem() != null);
        assertThat(kiosk.state().speechProblem()).contains("no voice for nl");
        assertThat(kiosk.state().screen()).isEqualTo(Screen.READER);
        assertThat(statusProblem()).contains("Voorlezen gestopt").doesNotContain("no voice").doesNotContain("espeak")
                .doesNotContain("/");
        assertThat(GuiActionRunner.execute(() -> find("status-voice").getText())).as("in Dutch, no engine")
                .startsWith("Stem").doesNotContain("espeak").doesNotContain("/nonexistent");
        kiosk.send(Command.language(Language.EN));
        kiosk.send(Command.of(Kind.READ));
        kiosk.await("English reading", 10, () -> kiosk.state().reading());
    }

    @Test
    void aHangingEspeakIsStoppedSaidAndTheNextReadWorks() throws Exception {
        Path marker = dir.resolve("hung-once");
        Path script = dir.resolve("espeak-ng");
        // Hangs on the first text it is asked to speak, then works: a hiccup the kiosk must get over.
        Files.writeString(script, "#!/bin/sh\ncase \"$*\" in *--stdout*) if [ ! -e " + marker + " ]; then touch "
                + marker + "; exec sleep 60; fi;; esac\nexec espeak-ng \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        kiosk = KioskFixture.start(true, "espeak.command", script.toString(), "espeak.timeout.ms", "1000");
        kiosk.send(Command.chapter(1));
        kiosk.await("the hang said", 15, () -> kiosk.state().speechProblem() != null);
        assertThat(kiosk.state().speechProblem()).contains("did not finish within 1000 ms");
        kiosk.send(Command.of(Kind.READ));
        kiosk.await("reading again", 15, () -> kiosk.state().reading() && kiosk.state().speechProblem() == null);
    }

    @Test
    void withoutASpeechModelVoiceControlSaysSoAndTouchStillWorks() throws Exception {
        kiosk = KioskFixture.start(true, "voice.enabled", "true", "models.dir", dir.resolve("no-models").toString());
        kiosk.await("no model said", 20, () -> kiosk.state().listening() != null
                && kiosk.state().listening().kind() == VoiceStatus.Kind.NO_MODEL);
        kiosk.send(Command.chapter(2));
        assertThat(kiosk.state().chapter()).isEqualTo(2);
    }

    @Test
    void aLeafletEditedWhileReadingIsShownAndReadingGoesOn() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("nl"));
        Files.writeString(content.resolve("nl/als.md"), "# A\n\n## Een\n\nDe eerste zin. De tweede zin. De derde zin.\n");
        kiosk = KioskFixture.start(true, "content.dir", content.toString());
        kiosk.send(Command.chapter(1));
        kiosk.await("reading", 10, () -> kiosk.state().reading());
        Files.writeString(content.resolve("nl/als.md"),
                "# A\n\n## Een\n\nDe eerste zin. De tweede zin. De derde zin. Een nieuwe zin.\n\n## Twee\n\nMeer.\n");
        kiosk.await("the new text on screen", 15, () -> readerText().contains("Een nieuwe zin."));
        assertThat(kiosk.state().chapter()).isEqualTo(1);
        kiosk.await("still reading", 10, () -> kiosk.state().reading());
        Files.writeString(content.resolve("nl/kapot.md"), "# Alleen een titel\n");
        kiosk.await("the broken file said", 15, () -> kiosk.state().contentProblems() == 1);
        assertThat(statusProblem()).contains("niet te gebruiken");
    }

    /** A network mount that comes after the kiosk started (going away and back: {@code ContentWatcherTest}). */
    @Test
    void leafletsOnAShareMissingAtStartAreShownWhenItComes() throws Exception {
        Path share = dir.resolve("share");
        kiosk = KioskFixture.start(true, "content.dir", share.toString(), "reading.autostart", "false");
        kiosk.send(Command.chapter(2));
        assertThat(kiosk.state().screen()).as("no leaflet to open yet").isNotEqualTo(Screen.READER);

        Files.createDirectories(share.resolve("nl"));
        Files.copy(Path.of("content/nl/als.md"), share.resolve("nl/als.md"));
        kiosk.await("chapter 2 of the leaflet on the share open", 15, () -> {
            kiosk.send(Command.chapter(2));
            return kiosk.state().screen() == Screen.READER && kiosk.state().chapter() == 2;
        });
    }

    private String statusProblem() {
        return GuiActionRunner.execute(() -> find("status-problem").getText());
    }

    private String readerText() {
        return GuiActionRunner.execute(() -> {
            ReadingText text = (ReadingText) findComponent(kiosk.frame().getContentPane(), "reader-text");
            return text == null ? "" : text.getText();
        });
    }

    private JLabel find(String name) {
        return (JLabel) findComponent(kiosk.frame().getContentPane(), name);
    }

    private static Component findComponent(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = findComponent(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
