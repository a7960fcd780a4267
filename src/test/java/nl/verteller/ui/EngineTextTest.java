package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Screen;
import nl.verteller.tags.Gui;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the Dutch voice broken, every screen a patient can reach shows Dutch words only: no engine
 * names, paths, English messages or "null" (those are for staff, in {@code check} and the log).
 */
@Gui
class EngineTextTest {
    private static final List<String> ENGINE_WORDS = List.of("espeak", "freetts", "/nonexistent", "no voice",
            "null", "Exception", "failed", "verteller check");

    private KioskFixture kiosk;

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void noScreenShowsEngineTextWhenTheVoiceIsBroken() throws Exception {
        GuiTests.requireDisplay();
        kiosk = KioskFixture.start(true, "espeak.command", "/nonexistent/espeak-ng", "voice.enabled", "false");
        kiosk.send(Command.chapter(1));
        kiosk.send(Command.of(Kind.READ));
        kiosk.await("the problem known", 10, () -> kiosk.state().speechProblem() != null);
        List<String> seen = new ArrayList<>();
        for (Command visit : List.of(Command.of(Kind.HELP), Command.of(Kind.BACK), Command.of(Kind.SETTINGS),
                Command.of(Kind.OWN_WORDS), Command.of(Kind.BACK), Command.of(Kind.BACK), Command.of(Kind.HOME))) {
            Screen before = kiosk.state().screen();
            seen.addAll(texts(before));
            kiosk.send(visit);
        }
        seen.addAll(texts(kiosk.state().screen()));
        assertThat(seen).as("texts seen on the reader, help, settings, own words and chapters").hasSizeGreaterThan(40);
        for (String word : ENGINE_WORDS) {
            assertThat(seen).as("no \"" + word + "\" on a Dutch screen").noneMatch(text -> text.contains(word));
        }
    }

    private List<String> texts(Screen screen) {
        return GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            collect(kiosk.frame().getContentPane(), found);
            return found.stream().map(text -> screen + ": " + text).toList();
        });
    }

    private static void collect(Container container, List<String> into) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            String text = child instanceof JLabel label ? label.getText()
                    : child instanceof AbstractButton button ? button.getText()
                    : child instanceof JTextComponent field ? field.getText() : null;
            if (text != null && !text.isBlank()) {
                into.add(text);
            }
            if (child instanceof Container inner) {
                collect(inner, into);
            }
        }
    }
}
