package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.Test;

/**
 * Enrolment that teaches: a take unlike the others is found, and takes alike need no more; a word is
 * kept with noisy and reverberant copies of its takes, and its limit widens with the noise heard.
 */
@Fast
class WordLearnerTest {
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+f2"), 150, 10_000);
    private final WordLearner learner = new WordLearner();

    private float[][] take(String text, double speed) throws InterruptedException {
        return learner.featuresOf(SyntheticTakes.spoken(SPEAKER, text, Language.NL, speed)).orElseThrow();
    }

    @Test
    void aTakeOfAnotherWordIsTheOneToSayAgain() throws Exception {
        List<float[][]> takes = List.of(take("herhaal", 0.9), take("herhaal", 1.1), take("hoofdstuk zes", 1.0));
        assertThat(learner.farTake(takes)).hasValue(2);
    }

    @Test
    void takesOfOneWordAtOtherSpeedsAreAlike() throws Exception {
        List<float[][]> takes = List.of(take("herhaal", 0.9), take("herhaal", 1.0), take("herhaal", 1.1));
        assertThat(learner.farTake(takes)).isEmpty();
        assertThat(learner.disagree(takes)).isFalse();
    }

    @Test
    void aWordKeepsCopiesOfItsTakesAndItsLimitWidensOnlyInNoise() throws Exception {
        OwnWord word = learner.learn(List.of(SyntheticTakes.spoken(SPEAKER, "herhaal", Language.NL, 0.9),
                SyntheticTakes.spoken(SPEAKER, "herhaal", Language.NL, 1.0),
                SyntheticTakes.spoken(SPEAKER, "herhaal", Language.NL, 1.1)));
        assertThat(word.templates()).hasSize(3).allSatisfy(template -> assertThat(template.copies()).hasSize(2));
        assertThat(word.noisyLimit()).isGreaterThan(word.limit());
        assertThat(word.limitAt(60)).as("a word far above a quiet room").isEqualTo(word.limit());
        assertThat(word.limitAt(OwnWord.CLEAR_DB)).isEqualTo(word.limit());
        assertThat(word.limitAt(20)).isStrictlyBetween(word.limit(), word.noisyLimit());
        assertThat(word.limitAt(OwnWord.NOISY_DB)).isEqualTo(word.noisyLimit());
        assertThat(word.dryLimit()).as("learnt without the noisy and reverberant copies").isPositive()
                .isLessThan(word.limit());
        assertThat(word.limitAt(60, true)).as("heard dry in a quiet room").isEqualTo(word.dryLimit());
        assertThat(word.limitAt(60, false)).isEqualTo(word.limit());
    }
}
