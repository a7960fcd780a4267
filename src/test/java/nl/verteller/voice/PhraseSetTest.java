package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class PhraseSetTest {
    private static final PhraseSet STANDARD = new PhraseSet(Map.of("pause", Command.of(Kind.PAUSE),
            "what can i say", Command.of(Kind.HELP)));

    private static PhraseSet with(Map<Command, List<String>> words) {
        Map<String, Command> phrases = new LinkedHashMap<>();
        words.forEach((command, strings) -> strings.forEach(s -> phrases.putIfAbsent(s, command)));
        return STANDARD.withPersonal(OwnPhrases.of(phrases));
    }

    @Test
    void ownWordsOfThreeWordsOrMoreAreHeardWithOneWordDifferent() {
        PhraseSet phrases = with(Map.of(Command.chapter(2), List.of("have to stick to me", "hoped to me"),
                Command.of(Kind.REPEAT), List.of("fill out")));
        assertThat(phrases.match("have to me")).contains("hoped to me");
        assertThat(phrases.match("have to stoop to me")).contains("have to stick to me");
        assertThat(phrases.match("have to stick to me")).contains("have to stick to me");
        assertThat(phrases.match("it out")).as("two words: too little to go on").isEmpty();
        assertThat(phrases.match("have me")).as("two words different").isEmpty();
        assertThat(phrases.match("what can i do")).as("standard phrases are heard exactly").isEmpty();
    }

    @Test
    void notWhenAnotherCommandIsAsNear() {
        PhraseSet phrases = with(Map.of(Command.chapter(2), List.of("have to stick to me"),
                Command.of(Kind.NEXT_CHAPTER), List.of("have to stay to me")));
        assertThat(phrases.match("have to stop to me")).isEmpty();
        assertThat(phrases.only(Set.of(Kind.PAUSE)).match("have to stop to me")).isEmpty();
    }

    @Test
    void wordsApartCountsInsertionsDeletionsAndReplacements() {
        assertThat(PhraseSet.wordsApart("a b c".split(" "), "a b c".split(" "))).isZero();
        assertThat(PhraseSet.wordsApart("a c".split(" "), "a b c".split(" "))).isEqualTo(1);
        assertThat(PhraseSet.wordsApart("a x c d".split(" "), "a b c".split(" "))).isEqualTo(2);
    }

    @Test
    void aLongPhraseLessItsFirstWordsIsHeardWhenTwoWordsOfItsOwnRemain() {
        PhraseSet titles = new PhraseSet(Map.of("how is the diagnosis made", Command.chapter(4),
                "what is the cause", Command.chapter(3), "stop listening", Command.of(Kind.SLEEP),
                "start listening", Command.of(Kind.WAKE), "what can i say", Command.of(Kind.HELP)),
                List.of("is", "the", "can"));
        assertThat(titles.match("diagnosis made")).contains("how is the diagnosis made");
        assertThat(titles.match("the diagnosis made")).contains("how is the diagnosis made");
        assertThat(titles.match("the cause")).as("one word of its own").isEmpty();
        assertThat(titles.match("is the cause")).as("one word of its own").isEmpty();
        assertThat(titles.match("can i say")).as("\"i\" is too short to tell").isEmpty();
        assertThat(titles.match("listening")).as("the end of two meanings").isEmpty();
        assertThat(titles.match("diagnosis")).as("one word").isEmpty();
        assertThat(titles.match("how is the diagnosis")).as("its start is no end").isEmpty();
        PhraseSet own = titles.withPersonal(OwnPhrases.of(Map.of("have to stick together", Command.chapter(2))));
        assertThat(own.match("stick together")).as("the end of own words").isEmpty();
        assertThat(own.match("diagnosis made")).contains("how is the diagnosis made");
    }
}
