package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.content.Language;
import nl.verteller.content.Library;
import nl.verteller.content.LibraryLoader;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * A command voice control heard just under the bar is asked about ("Hoofdstuk 3?"), not acted on:
 * YES acts on it, anything else or four seconds (virtual time) drops it.
 */
@Fast
class AskWhenUnsureTest {
    private static final Library LIBRARY = new LibraryLoader().load(Path.of("content"));

    private final RecordingReader reader = new RecordingReader();
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<String> said = new ArrayList<>();
    private final KioskController controller = controller();

    private KioskController controller() {
        KioskController made = new KioskController(LIBRARY, reader, KioskState.start(Language.NL, Settings.standard(), 3),
                true, clock);
        made.setQuestionVoice((command, language) -> said.add(command + " " + language));
        return made;
    }

    @Test
    void yesActsOnTheCommandAskedAbout() {
        controller.ask(Command.chapter(3));
        assertThat(controller.state().asking()).isEqualTo(Command.chapter(3));
        assertThat(said).containsExactly(Command.chapter(3) + " nl");
        assertThat(reader.calls).as("asked, not acted on").isEmpty();

        clock.advance(KioskController.ASK_MILLIS - 1);
        controller.handle(Command.of(Kind.YES));
        assertThat(controller.state().asking()).isNull();
        assertThat(controller.state().chapter()).isEqualTo(3);
        assertThat(reader.calls).containsExactly("open nl als 3", "read");
        clock.advance(KioskController.ASK_MILLIS);
        assertThat(reader.calls).containsExactly("open nl als 3", "read");
    }

    @Test
    void withoutAnAnswerTheQuestionGoesAfterFourSeconds() {
        controller.ask(Command.chapter(3));
        clock.advance(KioskController.ASK_MILLIS - 1);
        assertThat(controller.state().asking()).isEqualTo(Command.chapter(3));
        clock.advance(1);
        assertThat(controller.state().asking()).isNull();

        controller.handle(Command.of(Kind.YES));
        assertThat(reader.calls).as("a yes after the question went is no answer to it").isEmpty();
        assertThat(controller.state().screen()).isEqualTo(Screen.CHAPTERS);
    }

    @Test
    void anotherCommandDropsTheQuestionAndActsAsItself() {
        int textSize = controller.state().textSize();
        controller.ask(Command.chapter(3));
        controller.handle(Command.of(Kind.BIGGER_TEXT));
        assertThat(controller.state().asking()).isNull();
        assertThat(controller.state().textSize()).isEqualTo(textSize + KioskController.TEXT_STEP);
        controller.handle(Command.of(Kind.YES));
        clock.advance(KioskController.ASK_MILLIS);
        assertThat(reader.calls).as("the command asked about never acts").isEmpty();

        controller.ask(Command.of(Kind.NEXT_CHAPTER));
        controller.handle(Command.of(Kind.NO));
        assertThat(controller.state().asking()).isNull();
        assertThat(reader.calls).isEmpty();
        assertThat(controller.state().chapter()).isZero();
    }
}
