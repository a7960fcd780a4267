package nl.verteller.ownwords;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.verteller.audio.Microphone;
import nl.verteller.kiosk.Command;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.VoiceActivity;
import nl.verteller.voice.VoiceLanguage;

/**
 * Teaches the kiosk a patient's own word for a command. First as sound: the takes become templates
 * for the acoustic matcher ({@link WordLearner}); a take unlike the others is asked again, takes that
 * disagree ask for more, and a word the matcher could not tell from another own word is refused by
 * name ({@link ConflictCheck}). Then, as a second opinion, as text, with the installed model: each take is
 * checked (long enough, not clipped), trimmed to the speech, and decoded over the model's whole
 * vocabulary; the few strings it hears (best and runners-up) become the word. Dutch "volgende" may
 * come out as "morgan that": what matters is that the same speaker's next take comes out the same.
 * Before the strings are kept, each take is heard as the kiosk would hear it (the standard phrases
 * and the words already enrolled): a take taken for another command is a conflict, a word to be
 * replaced. Strings made only of everyday short words are not kept: they would turn talk into
 * commands.
 */
public final class Enrolment {
    /** A take shorter than this (speech only) is refused. */
    static final int MIN_SPEECH_MILLIS = 200;
    /** A take with more samples than this share at full scale is refused as clipped. */
    static final double MAX_CLIPPED = 0.002;
    private static final int MARGIN_MILLIS = 150;
    /**
     * A take refused as too short whose loudest 10 ms stay under this (25 dB below a usual voice's) was
     * too quiet rather than too short: the advice is to speak up or come closer.
     */
    private static final double QUIET_TAKE_DB = -40;

    /** A take that cannot be used, or a word too like another; the message says what to do. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** Why, for a screen to say it in its own words. */
        public enum Reason { TOO_FEW, CLIPPED, TOO_SHORT, TOO_QUIET, NOTHING_HEARD, CONFLICT, FAR_TAKE, MORE_TAKES }

        private final Reason reason;
        private final transient Command other;
        private final int take;
        private final transient UnkeptTakes unkept;

        Refused(Reason reason, Command other, String message) {
            this(reason, other, 0, message, null);
        }

        Refused(Reason reason, Command other, int take, String message) {
            this(reason, other, take, message, null);
        }

        Refused(Reason reason, Command other, int take, String message, UnkeptTakes unkept) {
            super(message);
            this.reason = reason;
            this.other = other;
            this.take = take;
            this.unkept = unkept;
        }

        /**
         * The takes heard and not kept ({@link Reason#CONFLICT}: the word's; {@link Reason#FAR_TAKE}:
         * the take unlike the others), to be kept in the profile as no command: the patient may say them
         * again. Empty for a take that could not be heard as a word at all.
         */
        public Optional<UnkeptTakes> unkept() {
            return Optional.ofNullable(unkept);
        }

        /** For {@link Reason#FAR_TAKE}: which take (from 1) to say again. */
        public int take() {
            return take;
        }

        public Reason reason() {
            return reason;
        }

        /** For {@link Reason#CONFLICT}: the command the word sounded like. */
        public Command other() {
            return other;
        }
    }

    /** Takes disagreeing are asked for until there are this many. */
    public static final int MAX_TAKES = 5;

    private final VoiceLanguage model;
    private final WordLearner learner = new WordLearner();

    public Enrolment(VoiceLanguage model) {
        this.model = model;
    }

    /**
     * {@code profile} with the patient's word for {@code command}, learned from the takes. Refused, the
     * takes not kept are in {@link Refused#unkept()}: see {@link #keepUnkept}.
     */
    public Profile enrol(Profile profile, Command command, List<short[]> takes) throws Refused, IOException {
        List<short[]> speech = speech(takes);
        OwnWord word = sound(profile, command, speech);
        // Against the standard phrases only: the other own words are told apart by their sound.
        Set<String> heard = heard(profile.withoutText(), command, speech);
        Profile taught = profile.without(command).with(command, word);
        // The text is a second opinion: a word the model hears nothing usable in is still the patient's word.
        return heard.isEmpty() ? taught : taught.with(command, heard);
    }

    /** {@code profile} with what {@code refused} heard and did not keep, as no command; unchanged when nothing. */
    public static Profile keepUnkept(Profile profile, Refused refused) {
        return refused.unkept().map(profile::withUnkept).orElse(profile);
    }

    /**
     * The design before own words were matched by sound, kept as the baseline of {@code bench
     * personal}: only the strings the model hears, checked against the standard phrases and every own
     * word already taught as text; refused when nothing usable is heard.
     */
    public Profile enrolAsText(Profile profile, Command command, List<short[]> takes) throws Refused, IOException {
        Set<String> heard = heard(profile, command, speech(takes));
        if (heard.isEmpty()) {
            throw new Refused(Refused.Reason.NOTHING_HEARD, null,
                    "nothing was heard in the takes: say the word louder or closer to the microphone");
        }
        return profile.with(command, heard);
    }

    private static List<short[]> speech(List<short[]> takes) throws Refused {
        if (takes.size() < 3) {
            throw new Refused(Refused.Reason.TOO_FEW, null, "three takes or more are needed, got " + takes.size());
        }
        List<short[]> speech = new ArrayList<>();
        for (int i = 0; i < takes.size(); i++) {
            speech.add(trimmed(takes.get(i), i + 1));
        }
        return speech;
    }

    /** The distinctive strings the model hears in the takes, each take first checked for a conflict with {@code listening}'s words. */
    private Set<String> heard(Profile listening, Command command, List<short[]> speech) throws Refused, IOException {
        Set<String> heard = new LinkedHashSet<>();
        for (int i = 0; i < speech.size(); i++) {
            conflict(listening, command, speech.get(i), i + 1);
            heard.addAll(model.hear(speech.get(i)));
        }
        heard.removeIf(text -> !distinctive(text));
        return heard;
    }

    /**
     * The word as the acoustic matcher will know it, or refused: a take far from the others is said
     * again, takes that disagree ask for one more (up to {@link #MAX_TAKES}), and a word the matcher
     * could not tell from another own word is a conflict.
     */
    private OwnWord sound(Profile profile, Command command, List<short[]> speech) throws Refused {
        List<float[][]> features = new ArrayList<>();
        for (int i = 0; i < speech.size(); i++) {
            int number = i + 1;
            features.add(learner.featuresOf(speech.get(i)).orElseThrow(() -> new Refused(Refused.Reason.TOO_SHORT,
                    null, "take " + number + " is too short: say the word clearly, once")));
        }
        OptionalInt far = learner.farTake(features);
        if (far.isPresent()) {
            throw new Refused(Refused.Reason.FAR_TAKE, null, far.getAsInt() + 1, "take " + (far.getAsInt() + 1)
                    + " is unlike the others: say it again as before",
                    new UnkeptTakes(command, List.of(learner.template(speech.get(far.getAsInt())))));
        }
        if (speech.size() < MAX_TAKES && learner.disagree(features)) {
            throw new Refused(Refused.Reason.MORE_TAKES, null, "the takes differ: say the word once more");
        }
        OwnWord word = learner.learn(speech);
        Optional<Command> other = ConflictCheck.conflict(profile.sounds(), command, word);
        if (other.isPresent()) {
            throw new Refused(Refused.Reason.CONFLICT, other.get(), 0, "the word for " + command
                    + " sounds too much like the word for " + other.get()
                    + ": choose a different word (short, different words work best)",
                    new UnkeptTakes(command, word.templates()));
        }
        return word;
    }

    /**
     * A heard string that can stand for a word: not empty and not made only of everyday short words
     * ("the", "it"), which talk is full of and which would make a command of anything.
     */
    private boolean distinctive(String text) {
        return !text.isBlank() && Arrays.stream(text.split(" "))
                .anyMatch(word -> word.length() > 3 && !model.isDecoy(word));
    }

    /** The take cut to its speech with a short margin, or refused. */
    public static short[] trimmed(short[] take, int number) throws Refused {
        int clipped = 0;
        for (short s : take) {
            if (s >= Short.MAX_VALUE - 1 || s <= Short.MIN_VALUE + 1) {
                clipped++;
            }
        }
        if (clipped > take.length * MAX_CLIPPED) {
            throw new Refused(Refused.Reason.CLIPPED, null,
                    "take " + number + " is clipped (too loud): move back from the microphone and say it again");
        }
        int frame = Microphone.SAMPLE_RATE / 100;
        VoiceActivity activity = new VoiceActivity(Microphone.SAMPLE_RATE, 9);
        int first = -1;
        int last = -1;
        for (int at = 0; at + frame <= take.length; at += frame) {
            activity.accept(Arrays.copyOfRange(take, at, at + frame), frame);
            if (activity.speaking()) {
                first = first < 0 ? at : first;
                last = at + frame;
            }
        }
        if (first < 0 || activity.speechMillis() < MIN_SPEECH_MILLIS) {
            throw activity.peakDb() < QUIET_TAKE_DB
                    ? new Refused(Refused.Reason.TOO_QUIET, null, "take " + number
                            + " is too quiet: say the word a little louder, or closer to the microphone")
                    : new Refused(Refused.Reason.TOO_SHORT, null,
                            "take " + number + " is too short: say the word clearly, once");
        }
        int margin = Microphone.SAMPLE_RATE * MARGIN_MILLIS / 1000;
        int from = Math.max(0, first - margin);
        int to = Math.min(take.length, last + margin);
        short[] padded = new short[(to - from) + Microphone.SAMPLE_RATE];
        System.arraycopy(take, from, padded, Microphone.SAMPLE_RATE / 2, to - from);
        return padded;
    }

    /**
     * Refuses a take that the kiosk, listening for the standard phrases and the words already enrolled,
     * takes for another command. Checked before the new word is among them: a word that only its own
     * strings keep from being another command would be that command on a day it is said a little
     * differently.
     */
    private void conflict(Profile profile, Command command, short[] speech, int number) throws Refused, IOException {
        PhraseSet listening = model.phrases(List.of()).withPersonal(profile);
        try (CommandRecognizer recognizer = model.recognizer(listening,
                RecognitionRules.DEFAULT.withoutSilenceBefore())) {
            Optional<Command> other = recognizer.recognize(speech).filter(Decision::accepted).map(Decision::command)
                    .filter(c -> !c.equals(command));
            if (other.isPresent()) {
                throw new Refused(Refused.Reason.CONFLICT, other.get(), "take " + number
                        + " sounds like the word for " + other.get() + ": choose a different word for " + command);
            }
        }
    }
}
