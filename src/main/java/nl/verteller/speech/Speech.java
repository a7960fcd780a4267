package nl.verteller.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A finished piece of synthesized speech: 16-bit mono PCM and its word marks.
 *
 * @param sampleRate samples per second
 * @param pcm        the samples
 * @param words      word starts, in order; empty when the voice gives no word timings
 */
public record Speech(int sampleRate, short[] pcm, List<WordMark> words) {
    public Speech {
        words = List.copyOf(words);
    }

    public double seconds() {
        return pcm.length / (double) sampleRate;
    }

    /** An {@link AudioReceiver} that keeps everything, for when the whole text is wanted at once. */
    public static final class Collector implements AudioReceiver {
        private int sampleRate;
        private short[] pcm = new short[16_384];
        private int length;
        private final List<WordMark> words = new ArrayList<>();

        @Override
        public void start(int rate) {
            this.sampleRate = rate;
        }

        @Override
        public void word(int textStart, int textEnd, long sample) {
            words.add(new WordMark(textStart, textEnd, sample));
        }

        @Override
        public void samples(short[] samples, int count) {
            if (length + count > pcm.length) {
                pcm = Arrays.copyOf(pcm, Math.max(length + count, pcm.length * 2));
            }
            System.arraycopy(samples, 0, pcm, length, count);
            length += count;
        }

        public Speech speech() {
            return new Speech(sampleRate, Arrays.copyOf(pcm, length), words);
        }
    }
}
