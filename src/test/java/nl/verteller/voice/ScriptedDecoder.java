package nl.verteller.voice;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A decoder that plays back a script, one step per chunk of the stream (the test says which chunk
 * the microphone gives now, {@link #at}): the partial text it shows, or an endpoint with a final text
 * and word confidence. Chunks it is not fed (between utterances) it does not hear; being fed twice in
 * one chunk (what came before the speech, then the chunk) plays that chunk's step once. Once
 * {@code finish} closed an utterance early it hears nothing more of the script, as a real decoder
 * hears only silence after a spoken command. For the commit and rejection logic alone.
 */
final class ScriptedDecoder implements Decoder {
    /**
     * One chunk's worth: a partial, or (when {@code end}) an endpoint result with a runner-up, its words
     * spread evenly from {@code startSeconds} to {@code endSeconds} on the decoder's clock (both 0: no times).
     */
    record Step(String text, boolean end, String runnerUp, double behind, double startSeconds, double endSeconds) {
        static Step partial(String text) {
            return new Step(text, false, null, 0, 0, 0);
        }

        static Step end(String text) {
            return new Step(text, true, null, 0, 0, 0);
        }

        static Step end(String text, String runnerUp, double behind) {
            return new Step(text, true, runnerUp, behind, 0, 0);
        }

        static Step timed(String text, double startSeconds, double endSeconds) {
            return new Step(text, true, null, 0, startSeconds, endSeconds);
        }
    }

    private final List<Step> script;
    private int position;
    private int played = -1;
    private Step current = Step.partial("");
    private boolean closed;
    String grammar;
    int finishes;

    ScriptedDecoder(List<Step> steps) {
        this.script = List.copyOf(steps);
    }

    /** The microphone gives the {@code chunk}-th chunk of the script now. */
    void at(int chunk) {
        position = chunk;
    }

    @Override
    public boolean accept(short[] pcm, int count) {
        if (closed) {
            current = Step.partial("");
            return false;
        }
        if (position != played) {
            played = position;
            current = position < script.size() ? script.get(position) : Step.partial("");
        }
        return current.end();
    }

    @Override
    public Hypothesis partial() {
        return new Hypothesis(current.text(), List.of());
    }

    @Override
    public Hypothesis result() {
        Hypothesis ended = hypothesis(current);
        current = Step.partial("");
        return ended;
    }

    @Override
    public Hypothesis finish() {
        finishes++;
        Hypothesis last = closed ? Hypothesis.EMPTY : hypothesis(current);
        closed = true;
        current = Step.partial("");
        return last;
    }

    private static Hypothesis hypothesis(Step step) {
        String[] words = step.text().isEmpty() ? new String[0] : step.text().split(" ");
        double each = (step.endSeconds() - step.startSeconds()) / Math.max(1, words.length);
        return new Hypothesis(step.text(), IntStream.range(0, words.length)
                .mapToObj(i -> new Hypothesis.Word(words[i], 1.0, step.startSeconds() + i * each,
                        step.startSeconds() + (i + 1) * each))
                .toList(),
                step.runnerUp() == null ? List.of() : List.of(new Hypothesis.RunnerUp(step.runnerUp(), step.behind())));
    }

    @Override
    public void setGrammar(String json) {
        grammar = json;
    }

    @Override
    public void reset() {
        current = Step.partial("");
    }

    @Override
    public void close() {
        // Nothing native.
    }
}
