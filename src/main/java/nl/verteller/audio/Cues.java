package nl.verteller.audio;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The cues under way and how they meet: one scan word at a time (a new one cuts off the one before;
 * none over narration), prompts one after another, one tone over anything. Guarded by its
 * {@link AudioOut}'s lock.
 */
final class Cues {
    private Playing scanWord;
    private Playing tone;
    private final ArrayDeque<Playing> prompts = new ArrayDeque<>();

    /** Takes {@code playing} on, or drops it (a scan word over narration). */
    void add(Playing playing, boolean narrating, long now) {
        switch (playing.cue().kind()) {
            case SCAN_WORD -> {
                finish(scanWord, now);
                scanWord = narrating ? null : playing;
                if (narrating) {
                    playing.finish(now);
                }
            }
            case TONE -> {
                finish(tone, now);
                tone = playing;
            }
            case PROMPT -> prompts.add(playing);
        }
    }

    /** Stops {@code playing} wherever it is. */
    void stop(Playing playing, long now) {
        if (scanWord == playing) {
            scanWord = null;
        } else if (tone == playing) {
            tone = null;
        } else {
            prompts.remove(playing);
        }
        playing.finish(now);
    }

    boolean isEmpty() {
        return scanWord == null && tone == null && prompts.isEmpty();
    }

    /** The rate of a cue that would play now (for opening the line when nothing is read). */
    int firstRate() {
        Playing first = scanWord != null ? scanWord : tone != null ? tone : prompts.peek();
        return first.cue().sampleRate();
    }

    /**
     * Adds the next {@code count} samples of every cue under way to {@code mix}; the words they say go
     * to {@code said}, the cues that ended to {@code ended}.
     */
    void mixInto(float[] mix, int count, int rate, StringBuilder said, List<Playing> ended) {
        if (scanWord != null && scanWord.mixInto(mix, count, rate, said)) {
            ended.add(scanWord);
            scanWord = null;
        }
        if (tone != null && tone.mixInto(mix, count, rate, said)) {
            ended.add(tone);
            tone = null;
        }
        if (!prompts.isEmpty() && prompts.peek().mixInto(mix, count, rate, said)) {
            ended.add(prompts.poll());
        }
    }

    /** Ends every cue (the audio out closes). */
    void finishAll(long now) {
        finish(scanWord, now);
        finish(tone, now);
        prompts.forEach(playing -> playing.finish(now));
        scanWord = null;
        tone = null;
        prompts.clear();
    }

    private static void finish(Playing playing, long now) {
        if (playing != null) {
            playing.finish(now);
        }
    }
}
