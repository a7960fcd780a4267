package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class SpeakerSinkTest {
    @Test
    void withoutASpeakerItSaysSoAndKeepsTimeAsIfPlaying() throws Exception {
        List<String> changes = new ArrayList<>();
        try (SpeakerSink sink = new SpeakerSink("no-such-output-device", 120,
                (available, detail) -> changes.add(available + " " + detail))) {
            short[] fifthOfASecond = new short[3200];
            long start = System.nanoTime();
            sink.play(fifthOfASecond, 0, fifthOfASecond.length, 16_000);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(changes).singleElement().asString().startsWith("false no speaker")
                    .contains("no audio device named \"no-such-output-device\"");
            assertThat(sink.description()).startsWith("no speaker");
            assertThat(seconds).as("kept time").isGreaterThanOrEqualTo(0.19);
            assertThat(sink.pendingSamples()).isZero();
        }
    }
}
