package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.tags.Fast;
import nl.verteller.voice.SyntheticTakes;
import org.junit.jupiter.api.Test;

/** Templates heard as in the patient's room: noise takes the same detail from both sides, a quiet room changes nothing. */
@Fast
class RoomMaskTest {
    private static final Synthesizer SPEAKER = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl+m3"), 150, 10_000);
    private final WordLearner learner = new WordLearner();
    private final FrameFeatures features = new FrameFeatures();

    private OwnWord word(String text) throws InterruptedException {
        return learner.learn(List.of(SyntheticTakes.spoken(SPEAKER, text, Language.NL, 0.9),
                SyntheticTakes.spoken(SPEAKER, text, Language.NL, 1.0),
                SyntheticTakes.spoken(SPEAKER, text, Language.NL, 1.1)));
    }

    private HeardSpeech heard(short[] pcm) {
        return HeardSpeech.of(features, pcm, SpeechSpan.of(pcm).orElseThrow());
    }

    @Test
    void aChapterPhraseInNoiseIsNearerToItsTakesHeardInThatNoiseAndStillToldApart() throws Exception {
        OwnWord drie = word("hoofdstuk drie");
        OwnWord vier = word("hoofdstuk vier");
        short[] said = SyntheticTakes.withNoise(SyntheticTakes.spoken(SPEAKER, "hoofdstuk drie", Language.NL, 0.95), 10,
                new Random(7));

        HeardSpeech noisy = heard(said);

        assertThat(noisy.room().masks()).as("white noise 10 dB below the word").isTrue();
        double asTaught = drie.distance(noisy.features());
        double inTheRoom = drie.in(noisy.room()).distance(noisy.features());
        assertThat(inTheRoom).isLessThan(asTaught * 0.9);
        assertThat(inTheRoom).as("the other chapter, heard in the same room")
                .isLessThan(vier.in(noisy.room()).distance(noisy.features()));
    }

    /**
     * A take as if said in the room: brought to the speech's level as for the mean, then the room's moments
     * added one by one, in turn, so it varies under the take as the room did around the utterance.
     */
    @Test
    void aTakeAsIfSaidInTheRoomHasTheRoomsMomentsAddedInTurn() {
        int bands = FrameFeatures.BANDS;
        double[] quiet = new double[bands];
        double[] loud = new double[bands];
        java.util.Arrays.fill(quiet, 1);
        java.util.Arrays.fill(loud, 3);
        double[] mean = new double[bands];
        java.util.Arrays.fill(mean, 2);
        // The take's frames each hold 1 in every band; the speech stood at 10 per band above the room.
        RoomMask room = new RoomMask(mean, 10.0 * bands, new double[][] {quiet, loud});
        float[][] take = new float[3][bands];

        double[][] withMoments = room.overMoments(take, 1);
        double[][] withMean = room.over(take);

        assertThat(withMoments[0][0]).isEqualTo(13.0);
        assertThat(withMoments[1][5]).isEqualTo(11.0);
        assertThat(withMoments[2][bands - 1]).isEqualTo(13.0);
        assertThat(withMean[1][5]).isEqualTo(12.0);
    }

    @Test
    void aQuietRoomLeavesTheTemplatesAsTheyWereTaught() throws Exception {
        OwnWord herhaal = word("herhaal");
        HeardSpeech quiet = heard(SyntheticTakes.spoken(SPEAKER, "herhaal", Language.NL, 0.95));

        assertThat(quiet.room().masks()).isFalse();
        assertThat(herhaal.templates().get(0).in(quiet.room())).isSameAs(herhaal.templates().get(0));
        assertThat(Template.ofSpectra(herhaal.templates().get(0).spectra()).frames())
                .as("the features follow from the kept spectra").isDeepEqualTo(herhaal.templates().get(0).frames());
    }
}
