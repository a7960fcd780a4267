package nl.verteller.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.verteller.audio.AudioOut;
import nl.verteller.audio.AudioSink;
import nl.verteller.audio.MemorySink;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Pronunciation;
import nl.verteller.content.Sentence;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * The narrator through the one way out hears and marks the same as straight into a device: the
 * same events at the same audio times, the same samples.
 */
@Fast
class NarrationThroughAudioOutTest {
    private final Leaflet leaflet = new Leaflet("test", Language.NL, "Test", List.of(
            new Chapter(1, "One", List.of(new Sentence(0, 0, "one two three."), new Sentence(1, 0, "four five.")))));

    @Test
    void sameEventsAtTheSameTimesAndTheSameSamples() throws Exception {
        MemorySink direct = new MemorySink();
        List<NarrationEvent> straight = read(direct);
        MemorySink device = new MemorySink();
        List<NarrationEvent> throughOut;
        try (AudioOut out = new AudioOut(device)) {
            throughOut = read(out.narration());
        }
        assertThat(throughOut).isEqualTo(straight);
        assertThat(device.samples()).isEqualTo(direct.samples());
    }

    private List<NarrationEvent> read(AudioSink sink) throws InterruptedException {
        BlockingQueue<NarrationEvent> events = new LinkedBlockingQueue<>();
        try (Narrator narrator = new Narrator(language -> Optional.of(new FakeSynthesizer()), sink, events::add,
                100, 3, 3)) {
            narrator.open(leaflet, 1, Pronunciation.none());
            narrator.read();
            List<NarrationEvent> heard = new ArrayList<>();
            while (heard.isEmpty() || !(heard.get(heard.size() - 1) instanceof NarrationEvent.ChapterFinished)) {
                NarrationEvent event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("event after %s", heard).isNotNull();
                heard.add(event);
            }
            return heard;
        }
    }
}
