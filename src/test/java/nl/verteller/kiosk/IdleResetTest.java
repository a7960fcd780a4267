package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.content.Language;
import nl.verteller.content.LibraryLoader;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.speech.NarrationEvent;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** Idle reset in virtual time. */
@Fast
class IdleResetTest {
    private static final long THREE_MINUTES = 180_000;

    private static final long WARNING = Countdown.IDLE_SECONDS * 1000L;

    private final RecordingReader reader = new RecordingReader();
    private final VirtualScheduler clock = new VirtualScheduler();
    private final KioskState start = KioskState.start(Language.NL, Settings.standard(), 3);
    private final KioskController controller = new KioskController(new LibraryLoader().load(Path.of("content")),
            reader, start, false, clock);
    private final IdleReset idle = new IdleReset(clock, THREE_MINUTES, controller, start);

    private void lastPatient() {
        controller.handle(Command.language(Language.EN));
        controller.handle(Command.chapter(4));
        controller.handle(Command.of(Kind.BIGGER_TEXT));
        for (Kind kind : List.of(Kind.FASTER, Kind.FASTER, Kind.SOFTER, Kind.SOFTER)) {
            controller.handle(Command.of(kind));
        }
        idle.activity();
    }

    @Test
    void afterTheIdleTimeAndItsWarningTheNextPatientSeesNothingOfTheLast() {
        lastPatient();
        clock.advance(THREE_MINUTES - 1);
        assertThat(controller.state().countdown()).isNull();
        clock.advance(1);
        assertThat(controller.state().countdown()).isEqualTo(Countdown.idle());
        clock.advance(WARNING - 1000);
        assertThat(controller.state().countdown().secondsLeft()).isEqualTo(1);
        assertThat(controller.state().language()).isEqualTo(Language.EN);
        reader.calls.clear();
        clock.advance(1000);
        KioskState now = controller.state();
        assertThat(now.countdown()).isNull();
        assertThat(now.language()).isEqualTo(Language.NL);
        assertThat(now.screen()).isEqualTo(Screen.CHAPTERS);
        assertThat(now.chapter()).isZero();
        assertThat(now.textSize()).isEqualTo(28);
        assertThat(reader.calls).containsExactly("pause", "steps 3 3");
    }

    @Test
    void anyInputDuringTheWarningCancelsIt() {
        lastPatient();
        clock.advance(THREE_MINUTES + 5000);
        assertThat(controller.state().countdown().secondsLeft()).isEqualTo(Countdown.IDLE_SECONDS - 5);
        idle.activity();
        assertThat(controller.state().countdown()).isNull();
        clock.advance(THREE_MINUTES - 1000);
        assertThat(controller.state().language()).isEqualTo(Language.EN);
        assertThat(controller.state().countdown()).isNull();
    }

    @Test
    void thePatientsInputMethodsGiveWayToTheClinics() {
        lastPatient();
        controller.handle(Command.set(Setting.DWELL, 1));
        controller.handle(Command.set(Setting.SCANNING, Setting.ONE_SWITCH));
        controller.handle(Command.step(Setting.SCAN_TIME, +1));
        clock.advance(THREE_MINUTES + WARNING);
        Settings now = controller.state().settings();
        assertThat(now.on(Setting.DWELL)).isFalse();
        assertThat(now.get(Setting.SCANNING)).isEqualTo(Setting.SCAN_OFF);
        assertThat(now.get(Setting.SCAN_TIME)).as("times stay as set").isEqualTo(1250);
    }

    @Test
    void inputStartsTheIdleTimeAgain() {
        lastPatient();
        clock.advance(THREE_MINUTES - 1000);
        idle.activity();
        clock.advance(THREE_MINUTES - 1000);
        assertThat(controller.state().language()).isEqualTo(Language.EN);
    }

    @Test
    void itNeverStopsSomeoneListening() {
        lastPatient();
        controller.narration(new NarrationEvent.StateChanged(0, true, 4, 0));
        clock.advance(THREE_MINUTES * 3);
        assertThat(controller.state().language()).isEqualTo(Language.EN);
        controller.narration(new NarrationEvent.StateChanged(0, false, 4, 7));
        clock.advance(THREE_MINUTES + WARNING);
        assertThat(controller.state().language()).isEqualTo(Language.NL);
    }

    @Test
    void itNeverInterruptsSomeoneTeachingTheirWords() {
        lastPatient();
        controller.ownWords(new OwnWords("1", List.of("1"), Set.of(), OwnWords.Teaching.of(Command.chapter(1), 2,
                OwnWords.Teaching.Phase.LISTENING), false));
        clock.advance(THREE_MINUTES * 3);
        assertThat(controller.state().language()).isEqualTo(Language.EN);
        controller.ownWords(new OwnWords("1", List.of("1"), Set.of(), null, false));
        clock.advance(THREE_MINUTES + WARNING);
        assertThat(controller.state().language()).isEqualTo(Language.NL);
    }
}
