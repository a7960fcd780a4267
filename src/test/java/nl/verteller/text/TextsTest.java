package nl.verteller.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.OwnWords.Teaching;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class TextsTest {
    /** One command of every kind, and every setting's steps and values. */
    private static List<Command> everyCommand() {
        List<Command> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            switch (kind) {
                case CHAPTER -> all.add(Command.chapter(2));
                case LEAFLET -> all.add(Command.leaflet(1));
                case LANGUAGE -> List.of(Language.values()).forEach(language -> all.add(Command.language(language)));
                case TEACH -> all.add(Command.teach(0));
                case PROFILE -> all.add(Command.profile(1));
                case INCREASE, DECREASE -> {
                    for (Setting setting : Setting.values()) {
                        all.add(Command.step(setting, kind == Kind.INCREASE ? 1 : -1));
                    }
                }
                case SET -> {
                    for (Setting setting : Setting.values()) {
                        for (int value = setting.lowest(); value < setting.highest(); value = setting.step(value, 1)) {
                            all.add(Command.set(setting, value));
                        }
                        all.add(Command.set(setting, setting.highest()));
                    }
                }
                default -> all.add(Command.of(kind));
            }
        }
        return all;
    }

    @Test
    void everyCommandHasAWordInEveryLanguage() {
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            for (Command command : everyCommand()) {
                assertThat(texts.command(command)).as("%s in %s", command, language).isNotBlank()
                        .doesNotContain("{");
            }
        }
    }

    @Test
    void everyPhaseOfTeachingHasAMessageInEveryLanguage() {
        for (Language language : Language.values()) {
            for (Teaching.Phase phase : Teaching.Phase.values()) {
                assertThat(Texts.of(language).format("ownwords.phase." + phase, "read", "louder", 1))
                        .as("%s in %s", phase, language).isNotBlank();
            }
        }
    }

    @Test
    void everyStateOfVoiceControlHasAStripTextInEveryLanguage() {
        for (Language language : Language.values()) {
            for (VoiceStatus.Kind kind : VoiceStatus.Kind.values()) {
                assertThat(Texts.of(language).format("status.listening." + kind, "pause"))
                        .as("%s in %s", kind, language).isNotBlank().doesNotContain("status.");
            }
        }
        assertThat(Texts.of(Language.EN).get("status.listening.ASLEEP")).contains("\"start listening\"");
        assertThat(Texts.of(Language.NL).get("status.listening.ASLEEP")).contains("\"luister\"");
    }

    @Test
    void commandsAreSaidAsInASentence() {
        Texts english = Texts.of(Language.EN);
        Texts dutch = Texts.of(Language.NL);
        assertThat(english.command(Command.of(Kind.LOUDER))).isEqualTo("louder");
        assertThat(dutch.command(Command.of(Kind.LOUDER))).isEqualTo("harder");
        assertThat(english.command(Command.chapter(2))).isEqualTo("chapter 2");
        assertThat(english.command(Command.set(Setting.VOICE_CONTROL, 0))).isEqualTo("voice off");
        assertThat(dutch.command(Command.step(Setting.SCAN_TIME, 1))).isEqualTo("langzamer scannen");
        assertThat(english.command(Command.set(Setting.SCAN_TIME, 1500))).isEqualTo("scanning speed: 1.5 s per step");
        assertThat(english.command(null)).isEmpty();
    }
}
