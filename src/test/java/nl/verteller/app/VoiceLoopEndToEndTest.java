package nl.verteller.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Screen;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.setup.EnglishModelHeld;
import nl.verteller.tags.Gui;
import nl.verteller.tags.Model;
import nl.verteller.tags.Sound;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop, as in a clinic: the real kiosk under Xvfb speaks into a PulseAudio null sink and
 * listens to its monitor, so its own narration reaches its microphone; {@code paplay} speaks a
 * command into the same sink, all in the tests' own PulseAudio ({@link PulseLoop} starts it).
 */
@Gui
@Sound
@Model
@ExtendWith(EnglishModelHeld.class)
class VoiceLoopEndToEndTest {
    @TempDir
    Path dir;

    private RunningKiosk kiosk;
    /** Every state the controller announces, added on the EDT and taken by the test thread. */
    private final BlockingQueue<KioskState> states = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        PulseLoop.requireRunning();
        kiosk = RunningKiosk.start(Map.of("language.start", "en", "reading.autostart", "true",
                "voice.echo.cancel", "true"));
        GuiActionRunner.execute(() -> kiosk.kiosk.controller().addListener(states::add));
        await("voice control listening", 30, () -> listening(VoiceStatus.Kind.LISTENING));
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void chapterTwoSpokenOpensChapterTwoAndItsOwnReadingTriggersNothing() throws Exception {
        PulseLoop.play(PulseLoop.speak(dir, "chapter two"));
        await("chapter 2 open", 15, () -> state().screen() == Screen.READER && state().chapter() == 2);
        await("reading", 10, () -> state().reading());

        states.clear();
        // Let it read the first sentences into its own microphone: no command may come of it.
        await("three sentences read", 60, () -> state().sentence() >= 3 || !state().reading());
        List<KioskState> during = new ArrayList<>();
        states.drainTo(during);
        assertThat(during).as("the states while it read").isNotEmpty().allSatisfy(s -> {
            assertThat(s.screen()).isEqualTo(Screen.READER);
            assertThat(s.chapter()).isEqualTo(2);
            assertThat(s.rateStep()).isEqualTo(3);
            assertThat(s.volumeStep()).isEqualTo(3);
        });
        assertThat(during).filteredOn(s -> s.listening() != null && s.listening().kind() == VoiceStatus.Kind.HEARD)
                .allSatisfy(s -> assertThat(s.listening().heard()).isEqualTo("chapter two"));
        assertThat(state().reading()).as("still reading: its own words did not pause it").isTrue();
    }

    @Test
    void speakerAndMicrophonePulledWhileReadingAreSaidAndComeBackByThemselves() throws Exception {
        kiosk.send(Command.chapter(1));
        await("reading aloud", 15, () -> state().reading() && Boolean.TRUE.equals(state().speaker()));
        try {
            PulseLoop.pull();
            await("no speaker and no microphone said", 20,
                    () -> Boolean.FALSE.equals(state().speaker()) && listening(VoiceStatus.Kind.NO_MICROPHONE));
            int sentence = state().sentence();
            Pause.pause(2000);
            assertThat(state().reading()).as("reading goes on silently").isTrue();
            assertThat(state().sentence()).as("in step with time, not racing through the chapter")
                    .isLessThanOrEqualTo(sentence + 1);
        } finally {
            PulseLoop.plugBack();
        }
        await("speaker and microphone back", 30,
                () -> Boolean.TRUE.equals(state().speaker()) && listening(VoiceStatus.Kind.LISTENING));
        assertThat(state().screen()).isEqualTo(Screen.READER);
    }

    /** Issue #4: the narration reaches the microphone at full level, and "pause" said over it still acts. */
    @Test
    void pauseSaidOverTheNarrationPausesIt() throws Exception {
        Path pause = PulseLoop.speakOtherVoice(dir, "pause");
        AtomicLong pausedAt = new AtomicLong();
        AtomicBoolean spoken = new AtomicBoolean();
        GuiActionRunner.execute(() -> kiosk.kiosk.controller().addListener(s -> {
            if (spoken.get() && !s.reading()) {
                pausedAt.compareAndSet(0, System.nanoTime());
            }
        }));
        kiosk.send(Command.chapter(1));
        await("reading chapter 1", 15, () -> state().reading());
        long readingFrom = System.nanoTime();
        // A few seconds into the narration, as a patient would decide to stop it: the canceller needs
        // about 1.5 s of narration to find the delay, and until it removes the narration (at most 5 s)
        // nothing heard counts; the first sentence may be shorter.
        await("the second sentence, 5 s into the narration", 30, () -> state().sentence() >= 1
                && System.nanoTime() - readingFrom >= TimeUnit.SECONDS.toNanos(5));
        assertThat(state().reading()).as("still reading 5 s in; the states so far: %s", story()).isTrue();

        spoken.set(true);
        PulseLoop.play(pause);
        long playedAt = System.nanoTime();
        await("paused by \"pause\" over the narration", 5, () -> !state().reading());
        System.out.printf("pause over narration: paused %d ms after the end of the recording%n",
                TimeUnit.NANOSECONDS.toMillis(pausedAt.get() - playedAt));
        assertThat(state().chapter()).isEqualTo(1);
    }

    /** The states announced so far, told briefly and once each: what a failure needs to say. */
    private String story() {
        return states.stream().map(s -> s.screen() + " " + s.chapter() + "." + s.sentence()
                + (s.reading() ? " reading" : "") + ", speaker " + s.speaker() + ", " + s.listening())
                .distinct().collect(Collectors.joining("; "));
    }

    private KioskState state() {
        return kiosk.state();
    }

    private boolean listening(VoiceStatus.Kind kind) {
        VoiceStatus status = state().listening();
        return status != null && status.kind() == kind;
    }

    private void await(String what, int seconds, BooleanSupplier done) {
        kiosk.await(what, seconds, done);
    }
}
