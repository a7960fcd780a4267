package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.List;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import nl.verteller.text.Texts;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real kiosk under Xvfb, driven as a patient would: by touching buttons (mouse clicks) and keys.
 * It reads with the real voices; with no sound card the narrator keeps time as if it were playing.
 */
@Gui
class KioskScreenTest {
    private KioskFixture kiosk;
    private Robot robot;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    private void start(String... config) throws InterruptedException {
        kiosk = KioskFixture.start(false, config);
        window = kiosk.window();
        robot = window.robot();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void openChapterThreeAndStartReading() throws Exception {
        start();
        window.button("chapter-3").click();
        window.label("reader-heading").requireText("3. Wat is de oorzaak?");
        awaitReading(true);
        assertThat(marked()).isEqualTo("De oorzaak van ALS is nog niet bekend.");
        window.label("reader-position").requireText("Zin 1 van 5");
        // espeak-ng gives no word timings, and here no speaker plays: the word is marked all the same.
        kiosk.await("a Dutch word marked", 10, () -> markedWord() != null);
    }

    @Test
    void pauseAndResume() throws Exception {
        start();
        window.button("chapter-1").click();
        awaitReading(true);
        window.button("read-pause").click();
        awaitReading(false);
        assertThat(word("read-pause")).isEqualTo("Lees voor");
        assertThat(marked()).as("the paused sentence stays marked").isNotNull();
        window.button("read-pause").click();
        awaitReading(true);
        assertThat(word("read-pause")).isEqualTo("Pauze");
    }

    @Test
    void nextChapterWhileReading() throws Exception {
        start();
        window.button("chapter-3").click();
        awaitReading(true);
        window.button("next-chapter").click();
        kiosk.await("chapter 4 shown", 5, () -> "4. Hoe wordt de diagnose gesteld?".equals(
                window.label("reader-heading").target().getText()));
        awaitReading(true);
        kiosk.await("its first sentence marked", 5,
                () -> "Het is niet makkelijk om de diagnose te stellen.".equals(marked()));
    }

    @Test
    void theHighlightMovesWithTheNarratorsSentenceAndWordEvents() throws Exception {
        start("language.start", "en");
        window.button("chapter-3").click();
        awaitReading(true);
        assertThat(marked()).isEqualTo("The cause of ALS is not yet known.");
        kiosk.await("a spoken word marked", 10, () -> markedWord() != null);
        kiosk.await("the second sentence marked", 15, () -> "We think that several factors play a role.".equals(marked()));
        window.label("reader-position").requireText("Sentence 2 of 5");
    }

    @Test
    void textSizeAndLanguageChangeTheScreen() throws Exception {
        start();
        window.button("chapter-3").click();
        assertThat(bodyPoints()).isEqualTo(28);
        robot.type('+');
        kiosk.await("text at 32 pt", 5, () -> bodyPoints() == 32);
        window.button("bigger-text").click();
        kiosk.await("text at 36 pt", 5, () -> bodyPoints() == 36);
        window.button("smaller-text").click();
        kiosk.await("text at 32 pt", 5, () -> bodyPoints() == 32);

        window.button("language-en").click();
        window.label("reader-heading").requireText("3. What is the cause?");
        assertThat(word("read-pause")).isEqualTo("Read");
        assertThat(word("home")).isEqualTo("Home");
        assertThat(kiosk.state().language()).isEqualTo(Language.EN);
        assertThat(bodyPoints()).as("the size stays").isEqualTo(32);
    }

    @Test
    void digitKeysOpenChaptersAndHomeGoesBack() throws Exception {
        start("reading.autostart", "false");
        window.pressAndReleaseKeys(KeyEvent.VK_2);
        window.label("reader-heading").requireText("2. Wat zijn de klachten?");
        awaitReading(false);
        window.button("home").click();
        kiosk.await("chapters shown", 5, () -> kiosk.state().screen() == Screen.CHAPTERS);
        window.button("chapter-5").requireVisible();
    }

    @Test
    void everyScreenMeetsTheSizeRulesFullScreenAndWindowed() throws Exception {
        for (boolean windowed : new boolean[] {false, true}) {
            try (KioskFixture fixture = KioskFixture.start(windowed)) {
                Sizes sizes = GuiActionRunner.execute(() -> Sizes.forWindow(fixture.frame().getSize()));
                if (!windowed) {
                    assertThat(fixture.frame().getSize()).isEqualTo(new Dimension(1920, 1080));
                    assertThat(sizes.minTarget()).isEqualTo(Sizes.MIN_TARGET);
                }
                for (Command command : List.of(Command.of(Kind.HOME), Command.chapter(2), Command.of(Kind.HELP),
                        Command.language(Language.EN), Command.of(Kind.BACK), Command.of(Kind.SETTINGS),
                        Command.language(Language.NL), Command.of(Kind.OWN_WORDS))) {
                    fixture.send(command);
                    List<String> violations = GuiActionRunner.execute(
                            () -> ScreenAudit.violations(fixture.frame().getContentPane(), sizes, 28));
                    assertThat(violations).as("%s %s", windowed ? "windowed" : "full screen", command).isEmpty();
                }
            }
        }
    }

    /**
     * Reading as Thorium users know it, by touch: no "say" where nobody listens (voice is off here), a
     * paused state to see, buttons that stop at the ends of their range, a heading that grows with the
     * text, and Settings showing the size in use.
     */
    @Test
    void pausedRangeEndsAndAHeadingThatGrows() throws Exception {
        start("reading.autostart", "false");
        assertThat(window.label("chapters-hint").text()).doesNotContainIgnoringCase("zeg");
        window.button("chapter-2").click();
        kiosk.await("the reader", 5, () -> kiosk.state().screen() == Screen.READER);
        window.label("reader-position").requireText(java.util.regex.Pattern.compile("Gepauzeerd bij zin 1 van \\d+"));
        assertThat(window.label("reader-position").target().isOpaque()).as("paused stands out").isTrue();
        for (int i = 0; i < 10 && window.button("bigger-text").target().isEnabled(); i++) {
            window.button("bigger-text").click();
        }
        assertThat(kiosk.state().textSize()).isEqualTo(48);
        assertThat(window.button("bigger-text").target().isEnabled()).isFalse();
        assertThat(window.label("reader-heading").target().getFont().getSize()).isEqualTo(48 + 8);
        for (int i = 0; i < 10 && window.button("faster").target().isEnabled(); i++) {
            window.button("faster").click();
            robot.waitForIdle();
        }
        kiosk.await("fastest", 5, () -> kiosk.state().rateStep() == 5);
        assertThat(window.button("faster").target().isEnabled()).as("'faster' at 5 of 5").isFalse();
        assertThat(window.label("status-steps").text()).as("said for voice users too").contains("5 van 5 (snelst)");
        window.button("settings").click();
        window.label("setting-text_size-value").requireText("48 punten");
    }

    private void awaitReading(boolean reading) {
        kiosk.await(reading ? "reading" : "paused", 10, () -> kiosk.state().reading() == reading
                && word("read-pause").equals(reading ? Texts.of(kiosk.state().language()).get("button.pause")
                        : Texts.of(kiosk.state().language()).get("button.read")));
    }

    private String word(String button) {
        return GuiActionRunner.execute(() -> ((BigButton) window.button(button).target()).word());
    }

    private ReadingText text() {
        return (ReadingText) window.robot().finder().find(kiosk.frame(), new GenericTypeMatcher<>(ReadingText.class) {
            @Override
            protected boolean isMatching(ReadingText component) {
                return "reader-text".equals(component.getName()) && component.isShowing();
            }
        });
    }

    private String marked() {
        return GuiActionRunner.execute(() -> text().markedSentence());
    }

    private String markedWord() {
        return GuiActionRunner.execute(() -> text().markedWord());
    }

    private int bodyPoints() {
        return GuiActionRunner.execute(() -> text().getFont().getSize());
    }
}
