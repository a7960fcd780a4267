package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Setting;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Fast
class PhraseBookTest {
    @Test
    void theEnglishFileHasVisionsPhrasesChapterNumbersAndTitles() throws Exception {
        PhraseBook book = PhraseBook.load(Language.EN, Path.of("content/en/commands.properties"));
        PhraseSet set = book.phrases(List.of("What is it?", "What are the symptoms?"));
        assertThat(set.command("start reading")).contains(Command.of(Kind.READ));
        assertThat(set.command("quieter")).contains(Command.of(Kind.SOFTER));
        assertThat(set.command("chapter two")).contains(Command.chapter(2));
        assertThat(set.command("open chapter one")).contains(Command.chapter(1));
        assertThat(set.command("chapter three")).as("only as many as the leaflet has").isEmpty();
        assertThat(set.command("what are the symptoms")).contains(Command.chapter(2));
        assertThat(set.command("dutch")).contains(Command.language(Language.NL));
        assertThat(set.command("what can i say")).contains(Command.of(Kind.HELP));
    }

    @Test
    void theDutchFileToo() throws Exception {
        PhraseBook book = PhraseBook.load(Language.NL, Path.of("content/nl/commands.properties"));
        PhraseSet set = book.phrases(List.of("Wat is het?", "Wat zijn de klachten?", "Wat is de oorzaak?"));
        assertThat(set.command("lees voor")).contains(Command.of(Kind.READ));
        assertThat(set.command("hoofdstuk drie")).contains(Command.chapter(3));
        assertThat(set.command("wat zijn de klachten")).contains(Command.chapter(2));
        assertThat(set.command("engels")).contains(Command.language(Language.EN));
        assertThat(set.command("nog een keer")).contains(Command.of(Kind.REPEAT));
    }

    @Test
    void settingsPhrasesAreOnlyOnTheSettingsScreenAndWinThere() throws Exception {
        PhraseBook book = PhraseBook.load(Language.EN, Path.of("content/en/commands.properties"));
        PhraseSet settings = book.settingsPhrases();
        assertThat(settings.command("scan slower")).contains(Command.step(Setting.SCAN_TIME, 1));
        assertThat(settings.command("two switches")).contains(Command.set(Setting.SCANNING, 2));
        assertThat(settings.command("bigger text")).as("the set size, for the next patient too")
                .contains(Command.step(Setting.TEXT_SIZE, 1));
        assertThat(settings.command("home")).contains(Command.of(Kind.HOME));
        assertThat(settings.command("chapter one")).as("no chapters on this screen").isEmpty();
        PhraseSet elsewhere = book.phrases(List.of("A"));
        assertThat(elsewhere.command("scan slower")).isEmpty();
        assertThat(elsewhere.command("bigger text")).contains(Command.of(Kind.BIGGER_TEXT));
        assertThat(elsewhere.command("settings")).contains(Command.of(Kind.SETTINGS));
        PhraseSet dutch = PhraseBook.load(Language.NL, Path.of("content/nl/commands.properties")).settingsPhrases();
        assertThat(dutch.command("één schakelaar")).contains(Command.set(Setting.SCANNING, 1));
    }

    @Test
    void ambiguityIsAboutMeaning() throws Exception {
        PhraseSet set = PhraseBook.load(Language.EN, Path.of("content/en/commands.properties")).phrases(List.of("A"));
        assertThat(set.isUnambiguous("pause")).isTrue();
        assertThat(set.isUnambiguous("next")).as("may become next sentence").isFalse();
        assertThat(set.isUnambiguous("back")).isTrue();
        assertThat(set.isUnambiguous("next chapter")).isTrue();
        assertThat(set.only(Set.of(Kind.PAUSE)).phrases().keySet()).containsExactlyInAnyOrder("pause", "stop", "wait");
        assertThat(set.grammarJson()).startsWith("[").endsWith(",\"[unk]\"]").contains("\"start reading\"");
    }

    @Test
    void aLineThatIsNoCommandIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("commands.properties");
        Files.writeString(file, "READ = read\nDANCE = dance\n");
        assertThatThrownBy(() -> PhraseBook.load(Language.EN, file)).hasMessageContaining("\"DANCE\" is not a command");
    }

    @Test
    void unknownWordsAreNamedAndLeftOutOfTheGrammar() {
        ModelVocabulary vocabulary = ModelVocabulary.of(Set.of("read", "pause", "chapter", "one", "what", "is", "it"));
        PhraseSet set = new PhraseSet(Map.of("read", Command.of(Kind.READ), "rilutek", Command.chapter(1),
                "pause now", Command.of(Kind.PAUSE)));
        assertThat(set.knownTo(vocabulary).phrases().keySet()).containsExactly("read");
    }
}
