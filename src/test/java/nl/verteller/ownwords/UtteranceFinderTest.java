package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.verteller.audio.Microphone;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * Own words' utterances in a hall: a word whose echo rings on above the room for most of a second is
 * handed over once the echo has been falling for a while, not when it has died, and the echo is no
 * utterance of its own.
 */
@Fast
class UtteranceFinderTest {
    private static final int RATE = 16_000;
    private final UtteranceFinder finder = new UtteranceFinder();
    private final Random random = new Random(9);
    private final List<Long> handedOverAt = new ArrayList<>();
    private final List<UtteranceFinder.Utterance> utterances = new ArrayList<>();

    @Test
    void aWordsEchoInAHallIsItsEnd() {
        feed(3000, 30, 0);
        feed(500, 3000, 0);
        long wordEnd = finder.audioMillis();
        feed(900, 3000 * 0.7, 50);
        feed(1500, 30, 0);
        assertThat(utterances).as("the word, and not its echo as a second one").hasSize(1);
        assertThat(handedOverAt.get(0) - wordEnd)
                .as("handed over while the echo rings on (when it had fallen to the room: 840 ms)").isLessThan(550);
        assertThat(utterances.get(0).endOfSpeechMillis() - wordEnd).as("the speech ended where the echo began to fall")
                .isBetween(0L, 300L);
    }

    /** Noise from {@code level} RMS, falling {@code fallDbPerSecond} (an echo: 50 for a 1.2 s hall). */
    private void feed(int millis, double level, double fallDbPerSecond) {
        short[] chunk = new short[Microphone.CHUNK];
        for (int at = 0; at < millis * RATE / 1000; at += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                double gain = Math.pow(10, -fallDbPerSecond / 20 * (at + i) / RATE);
                chunk[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, random.nextGaussian() * level * gain));
            }
            for (UtteranceFinder.Utterance utterance : finder.accept(chunk, chunk.length)) {
                utterances.add(utterance);
                handedOverAt.add(finder.audioMillis());
            }
        }
    }
}
