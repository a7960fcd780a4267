package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** When the near voice was last heard before a moment, counting only the levels asked for. */
@Fast
class NearSpeechTest {
    private final NearSpeech heard = new NearSpeech();

    @Test
    void theLatestBeforeTheMomentAtALevelThatCounts() {
        heard.heard(1_000, -20);
        heard.heard(1_500, -35);
        heard.heard(2_000, -18);
        assertThat(heard.lastBefore(2_000, level -> true)).as("not at the moment itself").isEqualTo(1_500);
        assertThat(heard.lastBefore(2_000, level -> level > -30)).as("the soft one left out").isEqualTo(1_000);
        assertThat(heard.lastBefore(1_000, level -> true)).isEqualTo(NearSpeech.NEVER);
    }

    @Test
    void onlyTheLatestTwentySecondsAreKept() {
        for (long millis = 0; millis < 40_000; millis += 20) {
            heard.heard(millis, millis < 1_000 ? -10 : -40);
        }
        assertThat(heard.lastBefore(40_000, level -> level > -20)).isEqualTo(NearSpeech.NEVER);
        assertThat(heard.lastBefore(40_000, level -> true)).isEqualTo(39_980);
    }
}
