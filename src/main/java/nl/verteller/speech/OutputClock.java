package nl.verteller.speech;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.LongFunction;
import nl.verteller.audio.AudioSink;

/**
 * The position in the output audio, and events waiting for the listener to hear their sample.
 * Sample positions count at the current output rate; a change of rate closes the old count.
 */
final class OutputClock {
    private final ArrayDeque<Timed> waiting = new ArrayDeque<>();
    private int rate = 16_000;
    private long written;
    private long baseMillis;

    int rate() {
        return rate;
    }

    long written() {
        return written;
    }

    void useRate(int sampleRate, AudioSink sink, NarratorListener emit) throws InterruptedException {
        if (sampleRate != rate) {
            sink.drain();
            emitAll(emit);
            baseMillis = millis(written);
            written = 0;
            rate = sampleRate;
        }
    }

    void schedule(LongFunction<NarrationEvent> event) {
        scheduleAt(written, event);
    }

    void scheduleAt(long sample, LongFunction<NarrationEvent> event) {
        waiting.add(new Timed(sample, event));
    }

    void play(AudioSink sink, short[] pcm, int count) throws InterruptedException {
        sink.play(pcm, 0, count, rate);
        written += count;
    }

    void emitHeard(AudioSink sink, NarratorListener emit) {
        long heard = written - sink.pendingSamples();
        while (!waiting.isEmpty() && waiting.peek().sample <= heard) {
            Timed next = waiting.poll();
            emit.onEvent(next.event.apply(millis(next.sample)));
        }
    }

    void emitAll(NarratorListener emit) {
        while (!waiting.isEmpty()) {
            Timed next = waiting.poll();
            emit.onEvent(next.event.apply(millis(next.sample)));
        }
    }

    /** Drops unheard audio and events; returns how many samples were dropped. */
    int discard(AudioSink sink) {
        int unheard = sink.pendingSamples();
        sink.discard();
        written -= unheard;
        for (Iterator<Timed> it = waiting.iterator(); it.hasNext();) {
            if (it.next().sample > written) {
                it.remove();
            }
        }
        return unheard;
    }

    long heardMillis(AudioSink sink) {
        return millis(written - sink.pendingSamples());
    }

    private long millis(long sample) {
        return baseMillis + sample * 1000 / rate;
    }

    /** An event, made once its time is known, and the output sample at which it is heard. */
    private record Timed(long sample, LongFunction<NarrationEvent> event) {
    }
}
