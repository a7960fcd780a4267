package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class SentenceSplitterTest {
    private final SentenceSplitter dutch = SentenceSplitter.forLanguage(Language.NL);
    private final SentenceSplitter english = SentenceSplitter.forLanguage(Language.EN);

    @Test
    void splitsPlainSentences() {
        assertThat(dutch.split("De ziekte is progressief. Dat betekent dat iemand steeds verder achteruitgaat."))
                .containsExactly("De ziekte is progressief.", "Dat betekent dat iemand steeds verder achteruitgaat.");
    }

    @Test
    void keepsDutchAbbreviationsInsideTheSentence() {
        assertThat(dutch.split("Er zijn klachten, bijv. kramp en o.a. spiertrekkingen. Vraag het dr. Jansen. Zij weet het."))
                .containsExactly("Er zijn klachten, bijv. kramp en o.a. spiertrekkingen.", "Vraag het dr. Jansen.",
                        "Zij weet het.");
    }

    @Test
    void keepsEnglishAbbreviationsAndInitialsInsideTheSentence() {
        assertThat(english.split("Ask Dr. Smith, e.g. about cramps. Dr. J. Brown agrees. Fine."))
                .containsExactly("Ask Dr. Smith, e.g. about cramps.", "Dr. J. Brown agrees.", "Fine.");
    }

    @Test
    void keepsNumbersAndPercentagesWhole() {
        assertThat(dutch.split("Ruim 90% van de ALS-patiënten overlijdt rustig. Het duurt 3,5 jaar. Of 2.5 jaar."))
                .containsExactly("Ruim 90% van de ALS-patiënten overlijdt rustig.", "Het duurt 3,5 jaar.",
                        "Of 2.5 jaar.");
        assertThat(english.split("About 90% die peacefully. It takes 3.5 years."))
                .containsExactly("About 90% die peacefully.", "It takes 3.5 years.");
    }

    @Test
    void doesNotSplitInsideBrackets() {
        assertThat(dutch.split("Soms geeft de arts riluzole (merknaam Rilutek. Zie ook hoofdstuk 2.) als medicijn. Dit helpt."))
                .containsExactly("Soms geeft de arts riluzole (merknaam Rilutek. Zie ook hoofdstuk 2.) als medicijn.",
                        "Dit helpt.");
    }

    @Test
    void aSentenceEndingInABracketEndsAfterIt() {
        assertThat(english.split("It may slow the disease. (Not in everyone.) Ask your doctor."))
                .containsExactly("It may slow the disease.", "(Not in everyone.)", "Ask your doctor.");
    }

    @Test
    void keepsSplitCompoundsTogether() {
        assertThat(dutch.split("ALS is een zeldzame spier- en zenuwziekte. Patiënten kunnen ook spraak- en slikproblemen krijgen."))
                .containsExactly("ALS is een zeldzame spier- en zenuwziekte.",
                        "Patiënten kunnen ook spraak- en slikproblemen krijgen.");
    }

    @Test
    void questionsAndExclamationsEndSentences() {
        assertThat(dutch.split("Heeft u vragen? Stel ze gerust! Wij helpen u.")).containsExactly("Heeft u vragen?",
                "Stel ze gerust!", "Wij helpen u.");
    }

    @Test
    void anAbbreviationThatOftenEndsASentenceEndsOneBeforeACapital() {
        assertThat(dutch.split("Kramp, trekkingen enz. De arts kijkt ernaar.")).containsExactly("Kramp, trekkingen enz.",
                "De arts kijkt ernaar.");
        assertThat(english.split("Cramps, twitches etc. are common.")).containsExactly("Cramps, twitches etc. are common.");
    }

    @Test
    void aLowerCaseWordAfterAPeriodDoesNotStartASentence() {
        assertThat(english.split("See fig. and the text. Then go.")).containsExactly("See fig. and the text.", "Then go.");
    }

    @Test
    void foldsLineBreaksAndSpaces() {
        assertThat(english.split("  One   line\nbroken.\n\nTwo. ")).containsExactly("One line broken.", "Two.");
    }
}
