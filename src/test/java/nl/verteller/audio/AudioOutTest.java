package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How sounds meet on the one way out, chunk by chunk, with a speaker the test steps. */
@Fast
class AudioOutTest {
    private static final int RATE = 16_000;
    private static final int CHUNK = RATE * AudioOut.CHUNK_MILLIS / 1000;

    private final SteppedSink speaker = new SteppedSink();
    private final AudioOut out = new AudioOut(speaker);

    @AfterEach
    void close() {
        speaker.permits.release(10_000);
        out.close();
    }

    private static Cue steady(Cue.Kind kind, int value, int millis, String words) {
        short[] pcm = new short[RATE * millis / 1000];
        Arrays.fill(pcm, (short) value);
        return new Cue(kind, pcm, RATE, 1.0, words);
    }

    @Test
    void aScanWordCutsOffTheOneBeforeAndTheToneSoundsOverIt() throws Exception {
        Playing first = out.play(steady(Cue.Kind.SCAN_WORD, 1000, 1000, "home"));
        speaker.awaitChunks(1);
        assertThat(out.now()).as("sounding while the device has it").isTrue();
        assertThat(out.words()).isEqualTo("home");
        Playing second = out.play(steady(Cue.Kind.SCAN_WORD, 2000, 100, "back"));
        Playing tone = out.play(steady(Cue.Kind.TONE, 300, 40, ""));
        speaker.permits.release(1000);
        second.awaitHeard();
        tone.awaitHeard();

        assertThat(first.done()).isTrue();
        List<Integer> firstValues = speaker.chunks().stream().map(chunk -> (int) chunk[0]).toList();
        int cut = firstValues.indexOf(2300);
        assertThat(cut).as("the tone over the second word, at once: %s", firstValues).isBetween(1, 2);
        assertThat(firstValues.subList(0, cut)).containsOnly(1000);
        assertThat(firstValues.subList(cut, firstValues.size())).doesNotContain(1000, 1300);
        assertThat(out.words()).isEqualTo("back");
    }

    @Test
    void narrationIsNeitherCutNorDelayedByAPromptAndNoScanWordIsSaidOverIt() throws Exception {
        short[] narration = new short[CHUNK];
        Arrays.fill(narration, (short) 100);
        Thread narrator = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) {
                    out.narration().play(narration, 0, CHUNK, RATE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        narrator.start();
        speaker.awaitChunks(1);
        Playing scanWord = out.play(steady(Cue.Kind.SCAN_WORD, 2000, 100, "home"));
        Playing prompt = out.play(steady(Cue.Kind.PROMPT, 7, AudioOut.CHUNK_MILLIS * 3, "say your word"));
        for (int played = 1; played < 10; played++) {
            // The next narration chunk is queued before the device takes one more: no gap the prompt alone fills.
            while (out.narrationPending() == 0) {
                Thread.onSpinWait();
            }
            speaker.permits.release();
            speaker.awaitChunks(played + 1);
        }
        speaker.permits.release(1000);
        narrator.join(TimeUnit.SECONDS.toMillis(10));
        prompt.awaitHeard();

        assertThat(scanWord.done()).as("dropped at once").isTrue();
        List<short[]> chunks = speaker.chunks();
        assertThat(chunks).hasSize(10).allSatisfy(chunk -> assertThat(chunk).hasSize(CHUNK));
        List<Integer> values = chunks.stream().map(chunk -> (int) chunk[0]).toList();
        assertThat(values).as("narration as given, the prompt over three chunks of it")
                .containsSubsequence(100, 107, 107, 107, 100).doesNotContain(2100, 2000, 2107);
        assertThat(values.stream().filter(v -> v == 107)).hasSize(3);
    }

    @Test
    void aCueAloneOpensTheLineAtItsOwnRate() throws Exception {
        short[] ramp = new short[8_000];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (short) i;
        }
        Playing playing = out.play(new Cue(Cue.Kind.PROMPT, ramp, 8_000, 1.0, "x"));
        speaker.permits.release(1000);
        playing.awaitHeard();
        short[] first = speaker.chunks().get(0);
        assertThat(first).hasSize(8_000 * AudioOut.CHUNK_MILLIS / 1000);
        // Opened at the cue's own rate: played as given.
        assertThat(first[5]).isEqualTo((short) 5);
    }

    @Test
    void aCueOfAnotherRateIsFittedToTheLineWithItsTopCutNotFolded() throws Exception {
        Thread narrator = new Thread(() -> {
            try {
                out.narration().play(new short[CHUNK], 0, CHUNK, RATE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        narrator.start();
        speaker.awaitChunks(1);
        speaker.permits.release(1000);
        narrator.join(TimeUnit.SECONDS.toMillis(10));
        // At 48 kHz: a 1 kHz tone the line can carry, then a 12 kHz one it cannot (picking every third
        // sample would play it as a 4 kHz tone, as loud).
        int rate = 48_000;
        short[] low = tone(1_000, rate, 4_800);
        short[] high = tone(12_000, rate, 4_800);
        out.play(new Cue(Cue.Kind.PROMPT, low, rate, 1.0, "low")).awaitHeard();
        int before = speaker.chunks().size();
        out.play(new Cue(Cue.Kind.PROMPT, high, rate, 1.0, "high")).awaitHeard();

        List<short[]> chunks = speaker.chunks();
        short[] lowHeard = joined(chunks.subList(1, before));
        short[] highHeard = joined(chunks.subList(before, chunks.size()));
        assertThat(lowHeard.length).as("as long in time, at 16 kHz").isBetween(1_600, 1_600 + CHUNK);
        assertThat(rms(lowHeard, 100, 1_500)).as("the band kept").isCloseTo(rms(low, 300, 4_500), within(0.05));
        assertThat(rms(highHeard, 100, 1_500)).as("above the band: cut").isLessThan(0.02 * rms(high, 300, 4_500));
    }

    private static short[] tone(double hertz, int rate, int length) {
        short[] pcm = new short[length];
        for (int i = 0; i < length; i++) {
            pcm[i] = (short) Math.round(8_000 * Math.sin(2 * Math.PI * hertz * i / rate));
        }
        return pcm;
    }

    private static short[] joined(List<short[]> chunks) {
        short[] all = new short[chunks.stream().mapToInt(chunk -> chunk.length).sum()];
        int at = 0;
        for (short[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    /** Relative to full scale, {@code from} to {@code to}: clear of both ends. */
    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from)) / Short.MAX_VALUE;
    }

    @Test
    void closeStopsTheThreadClosesTheSpeakerAndEndsWhatWaits() throws Exception {
        Playing playing = out.play(steady(Cue.Kind.PROMPT, 500, 5000, "long"));
        speaker.awaitChunks(1);
        out.close();
        playing.awaitHeard();
        assertThat(speaker.closed).isTrue();
        assertThat(out.play(steady(Cue.Kind.TONE, 1, 10, "")).done()).as("nothing plays after close").isTrue();
    }
}
