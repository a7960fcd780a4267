package nl.verteller.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import nl.verteller.audio.AudioFiles;
import nl.verteller.audio.ChunkListener;
import nl.verteller.audio.Microphone;
import nl.verteller.content.Chapter;
import nl.verteller.echo.EchoCanceller;
import nl.verteller.echo.EchoReference;
import nl.verteller.speech.ChapterRecording;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.EchoGuard;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.VoiceLanguage;

/**
 * The kiosk's narration played into a simulated room and heard back with a patient's words, run
 * through the real {@link EchoReference} and {@link EchoCanceller} in virtual time: the speaker is
 * fed in 40 ms chunks behind a fixed device buffer, the microphone delivers 40 ms chunks. For the
 * echo benchmark and tests, where PulseAudio and a real room are not at hand.
 */
public final class EchoSimulation {
    private static final int RATE = EchoReference.RATE;
    private static final int CHUNK_MILLIS = 40;
    private static final int SPEAKER_BUFFER_MILLIS = 120;

    /**
     * How the room gives the speaker back.
     *
     * @param delayMillis  from the sample's due time at the speaker to the microphone (device and air)
     * @param gain         level of the direct sound at the microphone
     * @param reverbMillis time for the reflections to die away by 60 dB; 0 for a plain delayed copy
     */
    public record Room(int delayMillis, double gain, int reverbMillis) {
        /** PulseAudio's null sink and its monitor: an exact copy, later. */
        public static final Room LOOPBACK = new Room(140, 1.0, 0);
        /** A small, damped consulting room, the microphone half a metre from the speaker. */
        public static final Room SMALL_ROOM = new Room(60, 0.6, 150);
        /**
         * A bare room, the speaker close to the microphone: loud reflections for 300 ms, which the canceller
         * learns last, so what it leaves of the kiosk's voice is still words for a while.
         */
        public static final Room BARE_ROOM = new Room(30, 0.8, 300);
    }

    /**
     * What the microphone heard and what the canceller made of it, sample by sample at 16 kHz.
     *
     * @param cpuNanos time spent in the canceller
     */
    public record Result(short[] microphone, short[] cancelled, boolean[] nearEnd, boolean[] uncancelled,
            long cpuNanos) {
        /** Where the last sample the canceller called uncancelled lies, in ms; -1: none. */
        public int lastUncancelledMillis() {
            for (int i = uncancelled.length - 1; i >= 0; i--) {
                if (uncancelled[i]) {
                    return i * 1000 / RATE;
                }
            }
            return -1;
        }

        /** Echo return loss enhancement over samples from {@code fromMillis} on where only the echo sounds, in dB. */
        public double erleDb(int fromMillis) {
            double before = 0;
            double after = 0;
            for (int i = fromMillis * RATE / 1000; i < microphone.length; i++) {
                if (!nearEnd[i]) {
                    before += (double) microphone[i] * microphone[i];
                    after += (double) cancelled[i] * cancelled[i];
                }
            }
            return 10 * Math.log10((before + 1) / (after + 1));
        }

        public double seconds() {
            return microphone.length / (double) RATE;
        }
    }

    private EchoSimulation() {
    }

    /**
     * @param narration     what the kiosk reads, at {@code narrationRate}
     * @param nearEnd       the patient's words at 16 kHz, or an empty array
     * @param nearEndMillis when the patient starts, from the start of the narration
     * @param nearEndDb     the patient's loudness over the echo's (negative: quieter than the narration)
     */
    public static Result run(short[] narration, int narrationRate, short[] nearEnd, int nearEndMillis,
            double nearEndDb, Room room) {
        float[] echo = echo(AudioFiles.resample16k(narration, narrationRate), room);
        int length = echo.length + RATE;
        double gain = nearEnd.length == 0 ? 0 : rms(echo) / rms(nearEnd) * Math.pow(10, nearEndDb / 20);
        short[] microphone = new short[length];
        boolean[] talking = new boolean[length];
        int start = nearEndMillis * RATE / 1000;
        for (int i = 0; i < length; i++) {
            double value = i < echo.length ? echo[i] : 0;
            int j = i - start;
            if (j >= 0 && j < nearEnd.length) {
                value += nearEnd[j] * gain;
                talking[i] = true;
            }
            microphone[i] = clip(value);
        }
        return cancel(narration, narrationRate, microphone, talking);
    }

    /**
     * Every command {@code recognizer} accepts in {@code audio} (16 kHz), fed in the microphone's chunks, each
     * marked as the canceller marked it ({@code uncancelled}, per sample).
     */
    public static List<Decision> accepted(CommandRecognizer recognizer, short[] audio, boolean[] uncancelled) {
        return accepted(recognizer, audio, uncancelled, millis -> { });
    }

    /** The same, telling {@code beforeChunk} the time of each chunk (ms from the start) before it is heard. */
    public static List<Decision> accepted(CommandRecognizer recognizer, short[] audio, boolean[] uncancelled,
            LongConsumer beforeChunk) {
        List<Decision> accepted = new ArrayList<>();
        short[] chunk = new short[Microphone.CHUNK];
        for (int at = 0; at + Microphone.CHUNK <= audio.length; at += Microphone.CHUNK) {
            System.arraycopy(audio, at, chunk, 0, Microphone.CHUNK);
            beforeChunk.accept(at * 1000L / RATE);
            recognizer.setUncancelled(uncancelled[at]);
            recognizer.accept(chunk, chunk.length).filter(Decision::accepted).ifPresent(accepted::add);
        }
        return accepted;
    }

    /**
     * Every command voice control accepts in {@code audio} (as {@link #accepted}) while the kiosk reads
     * {@code chapter} as {@code reading} gives it: it ignores the kiosk's words as the kiosk does, the
     * sentence being read and the one before ({@link Chapter#spokenAround}).
     */
    public static List<Decision> acceptedWhileReading(VoiceLanguage language, RecognitionRules rules,
            Chapter chapter, ChapterRecording reading, short[] audio, boolean[] uncancelled) throws IOException {
        EchoGuard echo = new EchoGuard();
        int[] guarding = {Integer.MIN_VALUE};
        try (CommandRecognizer recognizer = language.whileReading(echo, rules)) {
            return accepted(recognizer, audio, uncancelled, millis -> {
                int sentence = reading.sentenceAt(millis);
                if (sentence != guarding[0]) {
                    guarding[0] = sentence;
                    echo.speaking(chapter.spokenAround(sentence));
                }
            });
        }
    }

    /** The narration as the microphone hears it, on the reference's time line. */
    private static float[] echo(short[] narration16k, Room room) {
        int shift = (SPEAKER_BUFFER_MILLIS + room.delayMillis()) * RATE / 1000;
        float[] response = impulseResponse(room);
        float[] echo = new float[shift + narration16k.length + response.length];
        for (int i = 0; i < narration16k.length; i++) {
            if (narration16k[i] == 0) {
                continue;
            }
            for (int k = 0; k < response.length; k++) {
                echo[shift + i + k] += narration16k[i] * response[k];
            }
        }
        return echo;
    }

    /** The direct sound, then exponentially decaying noise for the reflections (a usual room model). */
    private static float[] impulseResponse(Room room) {
        if (room.reverbMillis() == 0) {
            return new float[] {(float) room.gain()};
        }
        int length = room.reverbMillis() * RATE / 1000;
        float[] response = new float[length];
        Random random = new Random(7);
        double decayPerSample = Math.log(1000) / length;
        response[0] = (float) room.gain();
        for (int k = 1; k < length; k++) {
            response[k] = (float) (room.gain() * 0.2 * random.nextGaussian() * Math.exp(-decayPerSample * k));
        }
        return response;
    }

    private static Result cancel(short[] narration, int narrationRate, short[] microphone, boolean[] talking) {
        long[] clock = {0};
        EchoReference reference = new EchoReference(() -> clock[0]);
        short[] cancelled = new short[microphone.length];
        boolean[] uncancelled = new boolean[microphone.length];
        int[] filled = {0};
        boolean[] now = {false};
        EchoCanceller canceller = new EchoCanceller(reference, new ChunkListener() {
            @Override
            public void audio(short[] pcm, int count) {
                int kept = Math.min(count, cancelled.length - filled[0]);
                System.arraycopy(pcm, 0, cancelled, filled[0], kept);
                Arrays.fill(uncancelled, filled[0], filled[0] + kept, now[0]);
                filled[0] += count;
            }

            @Override
            public void uncancelledEcho(boolean uncancelledNow) {
                now[0] = uncancelledNow;
            }

            @Override
            public void available(boolean available, String detail) {
            }
        });
        int speakerChunk = narrationRate * CHUNK_MILLIS / 1000;
        int micChunk = RATE * CHUNK_MILLIS / 1000;
        int speakerPending = narrationRate * SPEAKER_BUFFER_MILLIS / 1000;
        short[] mic = new short[micChunk];
        long cpu = 0;
        for (int k = 0; (long) k * micChunk < microphone.length; k++) {
            clock[0] = k * CHUNK_MILLIS * 1_000_000L;
            int from = k * speakerChunk;
            if (from < narration.length) {
                reference.playing(narration, from, Math.min(speakerChunk, narration.length - from), narrationRate,
                        speakerPending);
            }
            clock[0] = (k + 1) * CHUNK_MILLIS * 1_000_000L;
            int count = Math.min(micChunk, microphone.length - k * micChunk);
            System.arraycopy(microphone, k * micChunk, mic, 0, count);
            long began = System.nanoTime();
            canceller.audio(mic, count);
            cpu += System.nanoTime() - began;
        }
        return new Result(microphone, cancelled, talking, uncancelled, cpu);
    }

    private static double rms(float[] pcm) {
        double sum = 0;
        int voiced = 0;
        for (float s : pcm) {
            if (Math.abs(s) > 100) {
                sum += (double) s * s;
                voiced++;
            }
        }
        return Math.sqrt(sum / Math.max(1, voiced));
    }

    private static double rms(short[] pcm) {
        float[] copy = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            copy[i] = pcm[i];
        }
        return rms(copy);
    }

    private static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
}
