package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.verteller.audio.PreRoll;
import nl.verteller.audio.SpeechAboveRoom;

/**
 * Cuts a stream of microphone audio into utterances by voice activity above the room ({@link SpeechAboveRoom},
 * the same detector voice control uses: people talking or a TV behind set the room's floor): an
 * utterance starts when speech stands out of the room (with a little audio from before, for the soft
 * start of a word) and is handed over once {@link #END_SILENCE_MILLIS} of silence follow it, so a
 * command is decided that soon after the speaker stops; in a hall, of silence or of the word's echo
 * dying away ({@link SpeechAboveRoom#endedMillis()}). Speech that resumes within
 * {@link #JOIN_MILLIS} continues the same utterance and it is handed over again, whole, when it ends:
 * a weak consonant in noise must not cut "hoofdstuk een" in two, and talk must stay one long
 * utterance rather than many short ones that each might sound like a word. So every utterance starts
 * after at least {@code JOIN_MILLIS} of quiet: a command is said on its own. An utterance longer than
 * {@link #MAX_MILLIS} is talk: handed over without its audio, as too long. Speech whose loudest
 * moment never stands {@link SpeechAboveRoom#NEAR_DB} above the room is the room's own talk, not the
 * patient's near voice: it is forgotten, neither handed over nor joined to the word that follows.
 * The patient's own speech does not teach the detector the room ({@link SpeechAboveRoom#SpeechAboveRoom(boolean)}),
 * so a long sentence stays one utterance, too long, rather than breaking into fragments heard as in a
 * noisy room. One thread.
 */
public final class UtteranceFinder {
    /** Silence after speech that ends an utterance; a pause inside a two-word command is shorter. */
    public static final int END_SILENCE_MILLIS = 200;
    /** Speech after a shorter silence than this continues the utterance before it. */
    public static final int JOIN_MILLIS = 550;
    /** No own word is this long; longer sound is talk. */
    public static final int MAX_MILLIS = 4000;
    private static final int PRE_ROLL_MILLIS = 150;
    private static final int MIN_SPEECH_MILLIS = 100;
    private static final int FRAME = FrameFeatures.HOP;

    /**
     * A stretch of speech.
     *
     * @param pcm               the audio from just before the speech to the end of the silence after it; empty when too long
     * @param endOfSpeechMillis stream position where the speech ended
     * @param continued         whether it continues an utterance handed over before (which was not a command)
     * @param tooLong           longer than any command
     * @param roomDb            the room's floor when it began, in dB of mean power (full scale 0)
     * @param aboveRoomDb       how far its loudest 50 ms stood above the room, in dB: how clearly it was heard
     */
    public record Utterance(short[] pcm, long endOfSpeechMillis, boolean continued, boolean tooLong, double roomDb,
            double aboveRoomDb) {
    }

    private enum State { QUIET, SPEECH, AFTER }

    private final SpeechAboveRoom detector = new SpeechAboveRoom(true);
    private final short[] frame = new short[FRAME];
    private final PreRoll preRoll = new PreRoll(PRE_ROLL_MILLIS * FrameFeatures.RATE / 1000);
    private int frameFill;
    private long frames;
    private short[] collected = new short[0];
    private int collectedLength;
    private State state = State.QUIET;
    private boolean tooLong;
    private boolean handedOver;
    private long startFrame;
    private long lastSpeechFrame;
    private long speechFrames;
    private double peakAboveRoomDb;
    private double roomDb;

    /** Takes the next samples; returns the utterances that ended in them (usually none). */
    public List<Utterance> accept(short[] pcm, int count) {
        List<Utterance> ended = new ArrayList<>(0);
        for (int i = 0; i < count; i++) {
            frame[frameFill++] = pcm[i];
            if (frameFill == FRAME) {
                frameFill = 0;
                frame().ifPresent(ended::add);
            }
        }
        return ended;
    }

    /** Whether an utterance is being spoken now (not yet followed by its ending silence). */
    public boolean inSpeech() {
        return state == State.SPEECH;
    }

    /** Position in the stream, in ms. */
    public long audioMillis() {
        return frames * 10;
    }

    /**
     * Forgets the utterance under way: after a command, what follows it is not that command again, and
     * after the kiosk's own voice, what comes next starts afresh.
     */
    public void reset() {
        state = State.QUIET;
        collectedLength = 0;
        preRoll.clear();
    }

    private Optional<Utterance> frame() {
        detector.accept(frame, FRAME);
        // In a hall the word's echo is no more speech: its end counts from where the echo began to fall.
        boolean speech = detector.speaking() && detector.endedMillis() == 0;
        frames++;
        if (state == State.QUIET) {
            if (!speech) {
                preRoll.add(frame, FRAME);
                return Optional.empty();
            }
            collectedLength = 0;
            tooLong = false;
            handedOver = false;
            speechFrames = 0;
            peakAboveRoomDb = Double.NEGATIVE_INFINITY;
            roomDb = detector.roomDb();
            startFrame = frames - 1;
            short[] before = preRoll.drain();
            append(before, before.length);
        }
        if (speech) {
            state = State.SPEECH;
            lastSpeechFrame = frames;
            speechFrames++;
            peakAboveRoomDb = Math.max(peakAboveRoomDb, detector.peakAboveRoomDb());
        }
        if (!tooLong) {
            append(frame, FRAME);
            if ((frames - startFrame) * 10 > MAX_MILLIS) {
                tooLong = true;
                collectedLength = 0;
            }
        }
        long silence = Math.max((frames - lastSpeechFrame) * 10, detector.endedMillis());
        if (state == State.SPEECH && silence >= END_SILENCE_MILLIS && peakAboveRoomDb < SpeechAboveRoom.NEAR_DB) {
            reset();
        } else if (state == State.SPEECH && silence >= END_SILENCE_MILLIS) {
            state = State.AFTER;
            if (speechFrames * 10 >= MIN_SPEECH_MILLIS) {
                Utterance utterance = new Utterance(tooLong ? new short[0] : Arrays.copyOf(collected, collectedLength),
                        frames * 10 - silence, handedOver, tooLong, roomDb, peakAboveRoomDb);
                handedOver = true;
                return Optional.of(utterance);
            }
        } else if (state == State.AFTER && silence >= JOIN_MILLIS) {
            reset();
        }
        return Optional.empty();
    }

    private void append(short[] pcm, int count) {
        if (collectedLength + count > collected.length) {
            collected = Arrays.copyOf(collected, Math.max(collected.length * 2, collectedLength + count));
        }
        System.arraycopy(pcm, 0, collected, collectedLength, count);
        collectedLength += count;
    }
}
