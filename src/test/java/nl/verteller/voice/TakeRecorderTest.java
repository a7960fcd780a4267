package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import nl.verteller.audio.Microphone;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** The take recorder on generated audio: silence, a tone as the word, silence; fed in microphone chunks. */
@Fast
class TakeRecorderTest {
    private static final int RATE = 16_000;
    private final Random random = new Random(3);

    /** Quiet noise, then {@code wordMillis} of a loud tone, then {@code afterMillis} of quiet noise. */
    private short[] audio(int beforeMillis, int wordMillis, int afterMillis) {
        short[] pcm = new short[(beforeMillis + wordMillis + afterMillis) * RATE / 1000];
        int wordStart = beforeMillis * RATE / 1000;
        int wordEnd = wordStart + wordMillis * RATE / 1000;
        for (int i = 0; i < pcm.length; i++) {
            double noise = random.nextGaussian() * 30;
            double word = i >= wordStart && i < wordEnd ? 8000 * Math.sin(2 * Math.PI * 220 * i / RATE) : 0;
            pcm[i] = (short) (noise + word);
        }
        return pcm;
    }

    private static void feed(TakeRecorder recorder, short[] pcm) {
        for (int at = 0; at < pcm.length; at += Microphone.CHUNK) {
            int count = Math.min(Microphone.CHUNK, pcm.length - at);
            short[] chunk = new short[count];
            System.arraycopy(pcm, at, chunk, 0, count);
            recorder.accept(chunk, count);
        }
    }

    @Test
    void theTakeIsTheWordWithALittleBeforeAndTheSilenceThatEndedIt() throws Exception {
        TakeRecorder recorder = new TakeRecorder();
        recorder.arm();
        feed(recorder, audio(2000, 600, 1500));
        Optional<short[]> take = recorder.next(0);
        assertThat(take).isPresent();
        double millis = take.get().length * 1000.0 / RATE;
        // 300 ms before, the 600 ms word, the 700 ms of silence that ends it (give or take a chunk).
        assertThat(millis).isBetween(1500.0, 1750.0);
        assertThat(recorder.next(0)).as("one take per arming").isEmpty();
    }

    @Test
    void nothingIsKeptUnlessArmedAndSilenceIsNoTake() throws Exception {
        TakeRecorder recorder = new TakeRecorder();
        feed(recorder, audio(500, 600, 1000));
        assertThat(recorder.next(0)).isEmpty();
        recorder.arm();
        feed(recorder, audio(3000, 0, 0));
        assertThat(recorder.next(0)).isEmpty();
        recorder.disarm();
        feed(recorder, audio(200, 600, 1000));
        assertThat(recorder.next(0)).isEmpty();
    }

    @Test
    void aLongTakeStopsAtTheLongestKept() throws Exception {
        TakeRecorder recorder = new TakeRecorder();
        recorder.arm();
        feed(recorder, audio(500, 8000, 1000));
        short[] take = recorder.next(0).orElseThrow();
        assertThat(take.length * 1000 / RATE).isLessThanOrEqualTo(TakeRecorder.MAX_MILLIS + 300);
    }
}
