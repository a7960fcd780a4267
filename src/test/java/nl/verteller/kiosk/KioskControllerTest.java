package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.content.Language;
import nl.verteller.content.Library;
import nl.verteller.content.LibraryLoader;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.speech.NarrationEvent;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state machine alone: real content, the narrator replaced by a recorder. */
@Fast
class KioskControllerTest {
    private static final Library LIBRARY = new LibraryLoader().load(Path.of("content"));

    private final RecordingReader reader = new RecordingReader();
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<KioskState> shown = new ArrayList<>();
    private final KioskController controller = controller(LIBRARY, true);

    private KioskController controller(Library library, boolean autostart) {
        KioskController made = new KioskController(library, reader,
                KioskState.start(Language.NL, Settings.standard(), 3), autostart, clock);
        made.addListener(shown::add);
        return made;
    }

    private KioskState state() {
        return controller.state();
    }

    @Test
    void withOneLeafletTheHomeIsItsChapterList() {
        assertThat(state().screen()).isEqualTo(Screen.CHAPTERS);
        assertThat(state().leafletId()).isEqualTo("als");
        assertThat(controller.canGoBack(state())).isFalse();
    }

    @Test
    void aClosedKioskIgnoresAnIdleResetThatFiresLate() {
        controller.handle(Command.chapter(3));
        AtomicBoolean reset = new AtomicBoolean();
        controller.warnIdle(() -> reset.set(true));
        controller.close();
        clock.advance(60_000);
        controller.warnIdle(() -> reset.set(true));
        controller.reset(KioskState.start(Language.EN, Settings.standard(), 3));
        clock.advance(60_000);
        assertThat(reset).as("no countdown ran out").isFalse();
        assertThat(state().language()).as("no reset").isEqualTo(Language.NL);
        assertThat(state().chapter()).isEqualTo(3);
    }

    @Test
    void aChapterCommandOpensTheReaderAndStartsReading() {
        controller.handle(Command.chapter(3));
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(state().chapter()).isEqualTo(3);
        assertThat(reader.calls).containsExactly("open nl als 3", "read");
    }

    @Test
    void withoutAutostartAChapterOpensPausedAndReadStartsIt() {
        KioskController manual = controller(LIBRARY, false);
        manual.handle(Command.chapter(2));
        assertThat(reader.calls).containsExactly("open nl als 2");
        manual.handle(Command.of(Kind.READ));
        assertThat(reader.calls).containsExactly("open nl als 2", "read");
    }

    @Test
    void readOnTheChapterListOpensTheCurrentChapter() {
        controller.handle(Command.of(Kind.READ));
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(reader.calls).containsExactly("open nl als 1", "read");
    }

    @Test
    void aChapterThatDoesNotExistChangesNothing() {
        controller.handle(Command.chapter(9));
        assertThat(state().screen()).isEqualTo(Screen.CHAPTERS);
        assertThat(reader.calls).isEmpty();
    }

    @Test
    void readingCommandsGoToTheNarratorOnTheReader() {
        controller.handle(Command.chapter(1));
        reader.calls.clear();
        for (Kind kind : List.of(Kind.PAUSE, Kind.READ, Kind.NEXT_SENTENCE, Kind.REPEAT, Kind.NEXT_CHAPTER,
                Kind.PREVIOUS_CHAPTER, Kind.FASTER, Kind.SLOWER, Kind.LOUDER, Kind.SOFTER)) {
            controller.handle(Command.of(kind));
        }
        assertThat(reader.calls).containsExactly("pause", "read", "nextSentence", "repeat", "nextChapter",
                "previousChapter", "steps 4 3", "steps 3 3", "steps 3 4", "steps 3 3");
    }

    @Test
    void rateAndVolumeAreTheControllersToldToTheNarratorAndStopAtTheEnds() {
        controller.handle(Command.chapter(1));
        reader.calls.clear();
        for (int i = 0; i < 3; i++) {
            controller.handle(Command.of(Kind.FASTER));
        }
        controller.handle(Command.of(Kind.SOFTER));
        assertThat(state().rateStep()).isEqualTo(5);
        assertThat(state().volumeStep()).isEqualTo(2);
        assertThat(reader.calls).as("nothing asked beyond the end").containsExactly("steps 4 3", "steps 5 3", "steps 5 2");
        controller.narration(new NarrationEvent.SettingsChanged(60, 4, 3));
        assertThat(state().rateStep()).as("a late report of an older step changes nothing").isEqualTo(5);
    }

    @Test
    void theStateFollowsTheNarrator() {
        controller.handle(Command.chapter(1));
        controller.narration(new NarrationEvent.StateChanged(0, true, 1, 0));
        controller.narration(new NarrationEvent.SentenceStarted(10, 1, 2));
        controller.narration(new NarrationEvent.WordStarted(20, 1, 2, 4, 9));
        assertThat(state().reading()).isTrue();
        assertThat(state().sentence()).isEqualTo(2);
        assertThat(state().wordStart()).isEqualTo(4);
        assertThat(state().wordEnd()).isEqualTo(9);

        controller.narration(new NarrationEvent.SentenceStarted(30, 1, 3));
        assertThat(state().hasWord()).isFalse();
        controller.narration(new NarrationEvent.ChapterOpened(40, "als", 2, 10));
        assertThat(state().chapter()).isEqualTo(2);
        assertThat(state().sentence()).isZero();
        controller.narration(new NarrationEvent.SentenceStarted(50, 1, 5));
        assertThat(state().sentence()).as("an event of the chapter left behind").isZero();
        controller.narration(new NarrationEvent.SpeakerChanged(70, false, "none"));
        assertThat(state().speaker()).isFalse();
        controller.narration(new NarrationEvent.SpeechProblem(80, "espeak-ng hung"));
        controller.narration(new NarrationEvent.StateChanged(80, false, 2, 0));
        assertThat(state().speechProblem()).isEqualTo("espeak-ng hung");
        assertThat(state().reading()).isFalse();
    }

    @Test
    void textSizeStepsStayBetween20And48() {
        controller.handle(Command.of(Kind.BIGGER_TEXT));
        assertThat(state().textSize()).isEqualTo(32);
        for (int i = 0; i < 10; i++) {
            controller.handle(Command.of(Kind.BIGGER_TEXT));
        }
        assertThat(state().textSize()).isEqualTo(KioskController.MAX_TEXT);
        for (int i = 0; i < 20; i++) {
            controller.handle(Command.of(Kind.SMALLER_TEXT));
        }
        assertThat(state().textSize()).isEqualTo(KioskController.MIN_TEXT);
    }

    @Test
    void helpPausesAndBackReturnsWhereYouWere() {
        controller.handle(Command.chapter(4));
        controller.handle(Command.of(Kind.HELP));
        assertThat(state().screen()).isEqualTo(Screen.HELP);
        assertThat(reader.calls).endsWith("pause");
        controller.handle(Command.of(Kind.BACK));
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(state().chapter()).isEqualTo(4);
        controller.handle(Command.of(Kind.BACK));
        assertThat(state().screen()).isEqualTo(Screen.CHAPTERS);
    }

    @Test
    void homePausesAndShowsTheChapters() {
        controller.handle(Command.chapter(2));
        controller.handle(Command.of(Kind.HOME));
        assertThat(state().screen()).isEqualTo(Screen.CHAPTERS);
        assertThat(reader.calls).endsWith("pause");
    }

    @Test
    void changingLanguageKeepsLeafletAndChapterAndStopsReading() {
        controller.handle(Command.chapter(3));
        controller.handle(Command.language(Language.EN));
        assertThat(state().language()).isEqualTo(Language.EN);
        assertThat(state().leafletId()).isEqualTo("als");
        assertThat(state().chapter()).isEqualTo(3);
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(state().reading()).isFalse();
        assertThat(reader.calls).endsWith("pause", "open en als 3");
        assertThat(controller.state().leaflet().orElseThrow().chapter(3).title()).isEqualTo("What is the cause?");
    }

    @Test
    void severalLeafletsGiveTilesAndLeafletOpensOne(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("nl"));
        Files.writeString(content.resolve("nl/a.md"), "# A\n\n## Een\n\nTekst.\n");
        Files.writeString(content.resolve("nl/b.md"), "# B\n\n## Een\n\nTekst.\n\n## Twee\n\nMeer.\n");
        KioskController tiles = controller(new LibraryLoader().load(content), true);
        assertThat(tiles.state().screen()).isEqualTo(Screen.HOME);
        tiles.handle(Command.chapter(1));
        assertThat(tiles.state().screen()).as("no leaflet chosen yet").isEqualTo(Screen.HOME);
        tiles.handle(Command.leaflet(2));
        assertThat(tiles.state().screen()).isEqualTo(Screen.CHAPTERS);
        assertThat(tiles.state().leafletId()).isEqualTo("b");
        assertThat(tiles.canGoBack(tiles.state())).isTrue();
        tiles.handle(Command.chapter(2));
        assertThat(reader.calls).endsWith("open nl b 2", "read");
        tiles.handle(Command.of(Kind.BACK));
        tiles.handle(Command.of(Kind.BACK));
        assertThat(tiles.state().screen()).isEqualTo(Screen.HOME);
        assertThat(tiles.state().leafletId()).isNull();
    }

    @Test
    void newContentKeepsTheReadingPositionWhenTheChapterStillExists(@TempDir Path content) throws Exception {
        Files.createDirectories(content.resolve("nl"));
        Files.writeString(content.resolve("nl/als.md"), "# A\n\n## Een\n\nZin een. Zin twee.\n\n## Twee\n\nZin.\n");
        controller.handle(Command.chapter(2));
        controller.narration(new NarrationEvent.StateChanged(0, true, 2, 3));
        reader.calls.clear();
        controller.replaceLibrary(new LibraryLoader().load(content));
        assertThat(reader.calls).containsExactly("open nl als 2", "seek 3", "read");
        assertThat(controller.state().screen()).isEqualTo(Screen.READER);

        Files.writeString(content.resolve("nl/als.md"), "# A\n\n## Een\n\nZin een.\n");
        Files.writeString(content.resolve("nl/kapot.md"), "# Geen hoofdstuk\n");
        reader.calls.clear();
        controller.replaceLibrary(new LibraryLoader().load(content));
        assertThat(reader.calls).containsExactly("pause");
        assertThat(controller.state().screen()).as("chapter 2 is gone").isEqualTo(Screen.CHAPTERS);
        assertThat(controller.state().contentProblems()).isEqualTo(1);

        Files.delete(content.resolve("nl/als.md"));
        controller.replaceLibrary(new LibraryLoader().load(content));
        assertThat(controller.state().leafletId()).isNull();
        assertThat(controller.state().screen()).isEqualTo(Screen.HOME);
    }

    @Test
    void listenersSeeEveryChangeOnce() {
        int before = shown.size();
        controller.handle(Command.of(Kind.YES));
        assertThat(shown).hasSize(before);
        controller.handle(Command.of(Kind.BIGGER_TEXT));
        assertThat(shown).hasSize(before + 1);
    }

    @Test
    void settingsOpenAsideAndBackReturnsToWhereThePatientWas() {
        controller.handle(Command.chapter(2));
        controller.handle(Command.of(Kind.SETTINGS));
        assertThat(state().screen()).isEqualTo(Screen.SETTINGS);
        assertThat(reader.calls).endsWith("pause");
        assertThat(controller.canGoBack(state())).isTrue();
        controller.handle(Command.of(Kind.HELP));
        controller.handle(Command.of(Kind.BACK));
        assertThat(state().screen()).isEqualTo(Screen.READER);
    }

    @Test
    void changedSizesHoldForThisPatientAndTheNextInputMethodsOnlyForThisOne() {
        KioskState start = state();
        controller.handle(Command.of(Kind.SETTINGS));
        controller.handle(Command.step(Setting.TEXT_SIZE, 1));
        controller.handle(Command.step(Setting.VOICE_SPEED, 1));
        controller.handle(Command.set(Setting.DWELL, 1));
        assertThat(state().textSize()).isEqualTo(32);
        assertThat(reader.calls).contains("steps 4 3");
        assertThat(state().settings().on(Setting.DWELL)).isTrue();

        controller.handle(Command.of(Kind.BIGGER_TEXT));
        controller.reset(start);
        assertThat(state().textSize()).as("idle reset returns to the set size, not the patient's own").isEqualTo(32);
        assertThat(reader.calls).endsWith("steps 4 3");
        assertThat(state().settings().on(Setting.DWELL)).as("the clinic's input methods").isFalse();
    }

    @Test
    void voiceSleepsAndWakesWhileEveryOtherInputGoesOn() {
        controller.handle(Command.of(Kind.SLEEP));
        assertThat(state().voiceAsleep()).isTrue();
        // A key, a switch or a touch: the same commands, and they act.
        controller.handle(Command.chapter(2));
        controller.handle(Command.of(Kind.PAUSE));
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(state().chapter()).isEqualTo(2);
        assertThat(reader.calls).containsExactly("open nl als 2", "read", "pause");
        assertThat(state().voiceAsleep()).as("still asleep: only the wake phrase wakes it").isTrue();
        controller.handle(Command.of(Kind.WAKE));
        assertThat(state().voiceAsleep()).isFalse();
    }

    @Test
    void helpIsReadAloudWhileShownAndStopsOnPauseOrLeaving() {
        List<String> help = new ArrayList<>();
        controller.setHelpVoice(new HelpVoice() {
            @Override
            public void read(Language language) {
                help.add("read " + language);
            }

            @Override
            public void stop() {
                help.add("stop");
            }
        });
        controller.handle(Command.of(Kind.HELP));
        assertThat(help).containsExactly("read nl");
        controller.handle(Command.of(Kind.PAUSE));
        assertThat(help).containsExactly("read nl", "stop");
        controller.handle(Command.of(Kind.READ));
        assertThat(state().screen()).as("read on help reads help, it opens no chapter").isEqualTo(Screen.HELP);
        assertThat(help).containsExactly("read nl", "stop", "read nl");
        controller.handle(Command.language(Language.EN));
        controller.handle(Command.of(Kind.READ));
        controller.handle(Command.of(Kind.BACK));
        assertThat(help).containsExactly("read nl", "stop", "read nl", "stop", "read en", "stop");
        assertThat(state().screen()).isEqualTo(Screen.CHAPTERS);
    }

    @Test
    void theIdleResetWakesVoice() {
        KioskState start = state();
        controller.handle(Command.of(Kind.SLEEP));
        controller.reset(start);
        assertThat(state().voiceAsleep()).isFalse();
    }

    /** Records what the controller asks of the own-words engine. */
    private static final class RecordingTeacher implements Teacher {
        final List<String> calls = new ArrayList<>();

        @Override
        public void teach(List<Command> commands, Language language) {
            calls.add("teach " + commands.size() + " " + language);
        }

        @Override
        public void cancel() {
            calls.add("cancel");
        }

        @Override
        public void use(String profile) {
            calls.add("use " + profile);
        }

        @Override
        public void create() {
            calls.add("create");
        }

        @Override
        public void delete(String profile) {
            calls.add("delete " + profile);
        }
    }

    @Test
    void ownWordsAreTaughtOnTheirScreenAndLeavingItStopsTeaching() {
        RecordingTeacher teacher = new RecordingTeacher();
        controller.setTeacher(teacher);
        controller.handle(Command.teach(0));
        assertThat(teacher.calls).as("only on the own-words screen").isEmpty();
        controller.handle(Command.of(Kind.SETTINGS));
        controller.handle(Command.of(Kind.OWN_WORDS));
        controller.handle(Command.teach(0));
        controller.handle(Command.teach(8));
        assertThat(teacher.calls).containsExactly("teach 12 nl", "teach 1 nl");
        controller.ownWords(new OwnWords("1", List.of("1"), Set.of(), OwnWords.Teaching.of(Command.chapter(2), 1,
                OwnWords.Teaching.Phase.LISTENING), false));
        controller.handle(Command.of(Kind.BACK));
        assertThat(state().screen()).isEqualTo(Screen.SETTINGS);
        assertThat(teacher.calls).endsWith("cancel");
    }

    @Test
    void deletingAProfileAsksFirstAndIdleResetGoesBackToTheStartProfile() {
        RecordingTeacher teacher = new RecordingTeacher();
        controller.setTeacher(teacher);
        KioskState start = state();
        controller.handle(Command.of(Kind.DELETE_PROFILE));
        assertThat(state().ownWords().confirmDelete()).as("guest has nothing to delete").isFalse();
        controller.ownWords(new OwnWords("anna", List.of("anna", "ben"), Set.of(Command.of(Kind.READ)), null, false));
        controller.handle(Command.profile(2));
        assertThat(teacher.calls).containsExactly("use ben");
        controller.handle(Command.of(Kind.DELETE_PROFILE));
        assertThat(state().ownWords().confirmDelete()).isTrue();
        controller.handle(Command.of(Kind.NO));
        assertThat(state().ownWords().confirmDelete()).isFalse();
        controller.handle(Command.of(Kind.DELETE_PROFILE));
        controller.handle(Command.of(Kind.YES));
        assertThat(teacher.calls).endsWith("delete anna");
        controller.reset(start);
        assertThat(teacher.calls).endsWith("cancel", "use guest");
    }

    @Test
    void turningOffAnInputMethodWaitsForAYesThatItCanStillGive() {
        controller.handle(Command.set(Setting.DWELL, 1));
        assertThat(state().settings().on(Setting.DWELL)).as("turning on needs no question").isTrue();
        controller.handle(Command.set(Setting.DWELL, 0));
        assertThat(state().settings().on(Setting.DWELL)).as("still on while asked").isTrue();
        assertThat(state().countdown()).isEqualTo(Countdown.confirm(Setting.DWELL, 0));
        clock.advance(3000);
        assertThat(state().countdown().secondsLeft()).isEqualTo(Countdown.CONFIRM_SECONDS - 3);
        controller.handle(Command.of(Kind.YES));
        assertThat(state().settings().on(Setting.DWELL)).isFalse();
        assertThat(state().countdown()).isNull();
    }

    @Test
    void withoutAYesTheChangeUndoesItselfAfterTenSeconds() {
        controller.handle(Command.set(Setting.SCANNING, Setting.ONE_SWITCH));
        controller.handle(Command.set(Setting.SCANNING, Setting.SCAN_OFF));
        clock.advance(Countdown.CONFIRM_SECONDS * 1000L - 1);
        assertThat(state().countdown()).isNotNull();
        clock.advance(1);
        assertThat(state().countdown()).isNull();
        assertThat(state().settings().get(Setting.SCANNING)).isEqualTo(Setting.ONE_SWITCH);
        clock.advance(60_000);
        assertThat(state().settings().get(Setting.SCANNING)).isEqualTo(Setting.ONE_SWITCH);
    }

    @Test
    void noKeepsTheInputMethodAndOneSwitchForTwoIsAskedToo() {
        controller.handle(Command.set(Setting.SCANNING, Setting.ONE_SWITCH));
        controller.handle(Command.set(Setting.SCANNING, Setting.TWO_SWITCHES));
        assertThat(state().countdown()).isEqualTo(Countdown.confirm(Setting.SCANNING, Setting.TWO_SWITCHES));
        controller.handle(Command.of(Kind.NO));
        assertThat(state().countdown()).isNull();
        assertThat(state().settings().get(Setting.SCANNING)).isEqualTo(Setting.ONE_SWITCH);
        controller.handle(Command.set(Setting.VOICE_CONTROL, 0));
        assertThat(state().countdown().setting()).isEqualTo(Setting.VOICE_CONTROL);
    }

    @Test
    void theChapterBeingReadGoesOnWhenItsFileBreaksAndTheCountFollows() {
        controller.handle(Command.chapter(2));
        controller.narration(new NarrationEvent.StateChanged(0, true, 2, 3));
        reader.calls.clear();
        Library broken = new Library(List.of(), java.util.Map.of(),
                List.of(new nl.verteller.content.ContentProblem(Path.of("content/nl/als.md"), "not UTF-8")));
        controller.replaceLibrary(broken);
        assertThat(state().screen()).isEqualTo(Screen.READER);
        assertThat(state().chapter()).isEqualTo(2);
        assertThat(state().reading()).isTrue();
        assertThat(reader.calls).as("reading undisturbed").isEmpty();
        assertThat(state().contentProblems()).isEqualTo(1);
        assertThat(controller.state().leaflet().orElseThrow().chapters()).hasSize(6);

        controller.replaceLibrary(LIBRARY);
        assertThat(state().contentProblems()).as("mended").isZero();
        assertThat(state().screen()).isEqualTo(Screen.READER);
    }
}
