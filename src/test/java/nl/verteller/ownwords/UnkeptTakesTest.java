package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Takes heard at enrolment and not kept (a word refused as too near another, as this voice's "hoofdstuk
 * vier" beside its "hoofdstuk drie" once was in {@code bench personal}) stay in the profile as no
 * command: said again later, the word gives nothing, as the limits for the room of a profile that lacks it
 * also see to, while the neighbour is still heard; taught again and kept, its old takes no longer refuse it.
 */
@Fast
class UnkeptTakesTest {
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+f5"), 160, 10_000);
    private static final Command THREE = Command.chapter(3);
    private static final Command FOUR = Command.chapter(4);
    private static final WordLearner LEARNER = new WordLearner();
    private static OwnWord drie;
    private static OwnWord vier;
    private final Random random = new Random(3);

    @BeforeAll
    static void teach() throws Exception {
        drie = learn("hoofdstuk drie");
        vier = learn("hoofdstuk vier");
    }

    private static OwnWord learn(String text) throws Exception {
        return LEARNER.learn(List.of(take(text, 0.9), take(text, 1.0), take(text, 1.1)));
    }

    private static short[] take(String text, double speed) throws InterruptedException {
        return SyntheticTakes.spoken(SPEAKER, text, Language.NL, speed);
    }

    private static Optional<Command> heard(Profile profile, short[] audio) {
        return new OwnWordsListener(AcousticMatcher.of(profile)).firstCommand(audio);
    }

    @Test
    void aRefusedWordSaidAgainGivesNothingAndItsNeighbourIsStillHeard() throws Exception {
        Map<Command, OwnWord> taught = new LinkedHashMap<>(Map.of(THREE, drie));
        Profile without = new Profile("anna", Map.of(), taught);
        Profile with = without.withUnkept(new UnkeptTakes(FOUR, vier.templates()));

        for (double speed : new double[] {0.85, 0.95, 1.15}) {
            short[] again = take("hoofdstuk vier", speed);
            assertThat(heard(with, again)).as("\"hoofdstuk vier\" at %.2f, kept as no command", speed).isEmpty();
            assertThat(heard(with, SyntheticTakes.withNoise(again, 20, random))).as("the same at 20 dB").isEmpty();
            assertThat(heard(with, take("hoofdstuk drie", speed))).as("\"hoofdstuk drie\" at %.2f", speed)
                    .contains(THREE);
        }
        // Without them, in a profile that lacks most of the round, the word's limits for the room refuse it:
        // dry in a quiet room its dry limit, in noise its limit as far as that noise moves its takes apart.
        assertThat(heard(without, take("hoofdstuk vier", 0.95))).as("dry, without the takes not kept").isEmpty();
        assertThat(heard(without, SyntheticTakes.withNoise(take("hoofdstuk vier", 0.95), 20, random)))
                .as("at 20 dB, without them").isEmpty();
    }

    @Test
    void aWordTaughtAgainAndKeptIsNoLongerRefusedByItsOldTakes() throws Exception {
        Profile refused = new Profile("anna", Map.of(), Map.of(THREE, drie))
                .withUnkept(new UnkeptTakes(FOUR, vier.templates()));
        // Taught again (here: the other word has gone), the same word is kept: its old takes are that word.
        Profile kept = refused.without(THREE).with(FOUR, learn("hoofdstuk vier"));
        assertThat(kept.unkept()).isEmpty();
        assertThat(heard(kept, take("hoofdstuk vier", 0.95))).contains(FOUR);
    }

    @Test
    void takesNotKeptOfOtherCommandsSurviveTeachingAndMerging() throws Exception {
        Profile refused = new Profile("anna", Map.of(), Map.of(THREE, drie))
                .withUnkept(new UnkeptTakes(FOUR, vier.templates()));
        Profile retaught = refused.without(THREE).with(THREE, drie);
        assertThat(retaught.unkept()).hasSize(1);
        Profile stored = new Profile("anna", Map.of(), Map.of(THREE, drie));
        assertThat(refused.mergedInto(stored, java.util.Set.of(FOUR)).unkept()).hasSize(1);
        assertThat(refused.mergedInto(stored, java.util.Set.of(THREE)).unkept()).isEmpty();

        Profile many = stored;
        for (int i = 0; i < Profile.MAX_UNKEPT + 2; i++) {
            many = many.withUnkept(new UnkeptTakes(FOUR, vier.templates()));
        }
        assertThat(many.unkept()).hasSize(Profile.MAX_UNKEPT);
    }
}
