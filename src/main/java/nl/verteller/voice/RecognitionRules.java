package nl.verteller.voice;

import java.util.Set;
import nl.verteller.dsp.NoiseSuppressor;
import nl.verteller.kiosk.Command;

/**
 * When a hypothesis becomes a command.
 *
 * @param stableMillis   a complete, unambiguous phrase may be committed once the partial result has not
 *                       changed for this long (audio time)...
 * @param endSilenceMillis ...and the speaker has been silent this long, without waiting for the
 *                       decoder's own end-of-speech timer
 * @param rejectUnknown  reject an utterance with any speech outside the grammar ({@code [unk]}) in it
 * @param minConfidence  the confidence (see {@link Decision#confidence()}) a command needs: how
 *                       clearly it beat the best reading that means something else, command or not
 * @param minMargin      a runner-up reading that means another command must score at least this far
 *                       below the best (Vosk's n-best scores), else the utterance is too close to call
 * @param silenceBeforeMillis a command is said on its own: its utterance must start after at least
 *                       this much silence, and the voice must not be going on when the decoder ends
 *                       the utterance, else it is taken as part of longer talk (0: no such rule, as
 *                       while the kiosk reads and its narration fills every pause)
 * @param noiseFloor     the lowest gain of the noise suppressor in front of the decoder, 0–1 (1: none,
 *                       nor its dereverberation; see {@link nl.verteller.dsp.NoiseSuppressor})
 * @param amongOtherSpeech commands that count even inside a longer utterance, as "pause" said over the
 *                       narration does when what is left of the narration runs into it on either side
 * @param inert          commands that do nothing in this state, as the wake phrase while voice control is
 *                       awake: a runner-up that means one is no other action to be sure against, and needs
 *                       only the lead any reading that is no command needs ({@link #minConfidence})
 */
public record RecognitionRules(double minConfidence, double minMargin, int stableMillis, int endSilenceMillis,
        boolean rejectUnknown, int silenceBeforeMillis, double noiseFloor, Set<Command.Kind> amongOtherSpeech,
        Set<Command.Kind> inert) {
    /**
     * Awake, the wake phrase does nothing: "stop listening" heard with "start listening" close behind it
     * (the two differ in one vowel, and a hall or a TV blurs it) is the patient going to sleep, not a
     * reading too close to call.
     */
    static final Set<Command.Kind> INERT_AWAKE = Set.of(Command.Kind.WAKE);
    static final int ASLEEP_SILENCE_MILLIS = 500;
    static final double ASLEEP_CONFIDENCE = 0.2;
    static final double ASLEEP_MARGIN = 5.0;
    public static final RecognitionRules DEFAULT = new RecognitionRules(0.08, 3.0, 120, 240, true, 300,
            NoiseSuppressor.DEFAULT_FLOOR);

    public RecognitionRules {
        amongOtherSpeech = Set.copyOf(amongOtherSpeech);
        inert = Set.copyOf(inert);
    }

    public RecognitionRules(double minConfidence, double minMargin, int stableMillis, int endSilenceMillis,
            boolean rejectUnknown, int silenceBeforeMillis, double noiseFloor) {
        this(minConfidence, minMargin, stableMillis, endSilenceMillis, rejectUnknown, silenceBeforeMillis, noiseFloor,
                Set.of(), INERT_AWAKE);
    }

    /** The same rules without the silence-before rule. */
    public RecognitionRules withoutSilenceBefore() {
        return new RecognitionRules(minConfidence, minMargin, stableMillis, endSilenceMillis, rejectUnknown, 0,
                noiseFloor, amongOtherSpeech, inert);
    }

    /**
     * The rules while voice control sleeps, for the wake phrase alone: a talk with a visitor goes on for
     * minutes, so the phrase must stand alone (at least {@value #ASLEEP_SILENCE_MILLIS} ms of silence
     * before it, and no early commit before as long after it), be heard clearly (confidence at
     * least {@value #ASLEEP_CONFIDENCE}, runner-up margin at least {@value #ASLEEP_MARGIN}) and hold no
     * unknown speech.
     */
    public RecognitionRules asleep() {
        RecognitionRules surer = surer();
        return new RecognitionRules(surer.minConfidence, surer.minMargin,
                Math.max(stableMillis, ASLEEP_SILENCE_MILLIS), Math.max(endSilenceMillis, ASLEEP_SILENCE_MILLIS), true,
                Math.max(silenceBeforeMillis, ASLEEP_SILENCE_MILLIS), noiseFloor, Set.of(), Set.of());
    }

    /**
     * The same rules with a command heard clearly: confidence at least {@value #ASLEEP_CONFIDENCE}, runner-up
     * margin at least {@value #ASLEEP_MARGIN}, as for the wake phrase.
     */
    public RecognitionRules surer() {
        return new RecognitionRules(Math.max(minConfidence, ASLEEP_CONFIDENCE), Math.max(minMargin, ASLEEP_MARGIN),
                stableMillis, endSilenceMillis, rejectUnknown, silenceBeforeMillis, noiseFloor, amongOtherSpeech, inert);
    }

    /**
     * The rules while the kiosk reads: its narration fills every pause, so no silence before a command
     * is asked, and {@code stoppers} count even where what is left of the narration runs into them.
     */
    public RecognitionRules whileReading(Set<Command.Kind> stoppers) {
        return new RecognitionRules(minConfidence, minMargin, stableMillis, endSilenceMillis, rejectUnknown, 0,
                noiseFloor, stoppers, inert);
    }
}
