package nl.verteller.voice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.verteller.audio.Microphone;
import nl.verteller.audio.PreRoll;
import nl.verteller.audio.SpeechAboveRoom;
import nl.verteller.dsp.NoiseSuppressor;
import nl.verteller.dsp.TimeScale;
import nl.verteller.dsp.UsualLevel;

/**
 * Turns a stream of audio into commands: feeds a grammar-restricted {@link Decoder} in chunks and
 * decides, per utterance, once.
 *
 * <p>Early commit: when the partial result is a complete phrase that no phrase with another meaning
 * continues, has not changed for {@link RecognitionRules#stableMillis()}, and the speech has been
 * over for {@link RecognitionRules#endSilenceMillis()} (silent, or in a hall its echo dying away: see
 * {@link SpeechAboveRoom#endedMillis()}), the utterance is closed at once and decided
 * on the decoder's final result (with word confidences). So "pause" acts within a few hundred ms,
 * long before the model's own end-of-speech timer (0.5–1 s); "next", which may become "next
 * sentence", waits for that timer. A partial alone never acts: partials are known to be unstable.
 *
 * <p>The decoder hears the audio through a {@link NoiseSuppressor} (one chunk later); voice activity
 * is judged on the audio as it came.
 *
 * <p>The command is the near voice's: of what the decoder heard, the run of words that is a phrase,
 * stands out above the room, and has only words that do not around it (a TV or people talking that
 * ran into it; see {@link NearVoice}). The silence before a command is the near voice's silence.
 *
 * <p>An utterance of the near voice that gave nothing, or no command, is heard a second time, a third
 * faster (see {@link #heardAgain}): it counts only when its command spans all that was said, and is
 * clear enough for the wake phrase. A weak voice's utterance is first heard again at a usual level, and
 * that hearing counts as the first (see {@link UsualLevel}).
 *
 * <p>Rejection: speech that is not the near voice's or not on its own (here), or that started while the
 * kiosk's own sound came in uncancelled ({@link #setUncancelled}), and speech outside the grammar, too
 * close to another reading, or the kiosk's own words ({@link CommandBar}).
 * One thread only (the recognizer thread, or a command-line run).
 */
public final class CommandRecognizer implements AutoCloseable {
    /**
     * The decoder hears this much of what came before the speech was found: the soft start of a
     * word ("f", "h") is below what counts as speech.
     */
    private static final int PRE_ROLL_SAMPLES = VoskDecoder.SAMPLE_RATE * 3 / 10;
    /** An utterance longer than this is talk, not a command: decided (and rejected) without waiting more. */
    private static final long MAX_UTTERANCE_MILLIS = 6000;
    private static final int FRAME_SAMPLES = VoskDecoder.SAMPLE_RATE / 100;
    /** A word may end this soon after the found start of speech and still be the room's. */
    private static final double ONSET_SLACK_SECONDS = 0.05;
    /**
     * Without word times: a command is the near, loud voice when its loudest moment stands this far
     * above the room's floor (see {@link SpeechAboveRoom#NEAR_DB}). With word times, each word is
     * judged against the room's loud moments too (see {@link NearVoice}).
     */
    static final double NEAR_DB = SpeechAboveRoom.NEAR_DB;
    /**
     * A command whose loudest moment stands less than this above the room's floor is said in a noisy room
     * (people talking, hiss; on {@code bench voice} not in a quiet room or a hall, seldom with a TV 10–20
     * dB below): the patient's softer words after a first one sink into the room, so a comma's pause
     * ("Yes, I think so too.") looks like the end of a command. There a complete phrase waits
     * {@value #NOISY_COMMIT_FACTOR} times as long a silence (see {@link RecognitionRules#endSilenceMillis()})
     * before it is committed early.
     */
    static final double NOISY_ROOM_DB = 25;
    private static final double NOISY_COMMIT_FACTOR = 1.25;
    /**
     * An utterance that gave no command is heard once more this much faster: the small model, trained
     * on everyday speech, loses words said slowly (as ALS slows speech) and hears them at a usual pace.
     */
    private static final double SECOND_HEARING_PACE = 1.3;
    /** A command heard the second time must span the near voice and what the first hearing heard, give or take this. */
    private static final double WHOLE_SLACK_SECONDS = 0.2;
    /** What the canceller's last uncancelled chunk left may ring on this long (its blocks, the room). */
    private static final double UNCANCELLED_SLACK_SECONDS = 0.1;
    /** The pre-roll and the longest utterance, as the decoder heard them: kept for a second hearing only. */
    private final short[] utterance;
    private int utteranceLength;
    private final Decoder decoder;
    /** Hears an utterance that gave no command a second time (see {@link #heardAgain}); null: none. */
    private final Decoder again;
    private PhraseSet phrases;
    private EchoFilter echo = EchoFilter.NONE;
    private long audioSamples;
    private String lastPartial = "";
    private long partialSince;
    private SpeechAboveRoom activity = new SpeechAboveRoom();
    private final PreRoll preRoll = new PreRoll(PRE_ROLL_SAMPLES);
    /** Whether the decoder is hearing an utterance: from a start of speech to its decision. */
    private boolean inUtterance;
    private long startsSeen;
    private long utteranceStart;
    private LongTalk talk = new LongTalk();
    /** Whether the utterance started as the near voice's long talk going on (see {@link LongTalk}). */
    private boolean afterTalk;
    private double peakAboveRoomDb;
    /** Which words of the current utterance are the patient's. */
    private NearVoice nearVoice;
    /** When the near voice (see {@link NearVoice}) was heard, in audio ms, and how loud. */
    private NearSpeech nearSpeech = new NearSpeech();
    /** When the stretch of speech that started the utterance began, in audio ms. */
    private long runStartedAt;
    /** How much of the room before the speech the decoder heard at the start of the utterance. */
    private double preRollSeconds;
    private RecognitionRules rules;
    private NoiseSuppressor suppressor;
    /** Whether the chunks fed hold the kiosk's sound uncancelled (see {@link #setUncancelled}). */
    private boolean uncancelled;
    /** The end of the latest such chunk, in samples of the stream; what was heard from before it is the kiosk's. */
    private long uncancelledUntil = Long.MIN_VALUE;

    /** The plain recognizer, the benchmarks' baseline: see {@link VoiceLanguage#plainRecognizer}. */
    private final boolean plain;

    CommandRecognizer(Decoder decoder, PhraseSet phrases, RecognitionRules rules) {
        this(decoder, null, phrases, rules, false);
    }

    /**
     * @param again a second decoder of the same grammar for the second hearing, or null
     * @param plain the decoder has no grammar, and setting phrases leaves it so; what it heard is a command
     *              only as a whole, not the part of it that stood out above the room
     */
    CommandRecognizer(Decoder decoder, Decoder again, PhraseSet phrases, RecognitionRules rules,
            boolean plain) {
        this.decoder = decoder;
        this.again = again;
        this.utterance = new short[again == null ? 0 : PRE_ROLL_SAMPLES + (int) (MAX_UTTERANCE_MILLIS + 1000) * 16];
        this.phrases = phrases;
        this.rules = rules;
        this.plain = plain;
        this.suppressor = suppressor(rules);
    }

    private NoiseSuppressor suppressor(RecognitionRules applied) {
        NoiseSuppressor made = new NoiseSuppressor(applied.noiseFloor());
        made.whileKioskSounds(echo != EchoFilter.NONE);
        return made;
    }

    /** Listens for {@code next} from the next utterance on. */
    public void setPhrases(PhraseSet next) {
        if (!next.equals(phrases)) {
            phrases = next;
            decoder.setGrammar(plain ? null : next.grammarJson());
            if (again != null) {
                again.setGrammar(next.grammarJson());
            }
            forgetUtterance();
        }
    }

    public PhraseSet phrases() {
        return phrases;
    }

    /** What the kiosk says now, or {@link EchoFilter#NONE} while it is quiet (not sounding, nor just after). */
    public void setEchoFilter(EchoFilter filter) {
        this.echo = filter;
        suppressor.whileKioskSounds(filter != EchoFilter.NONE);
        if (inUtterance && filter != EchoFilter.NONE && !nearVoice.kioskSounds()) {
            nearVoice = nearVoice.whileKioskSounds();
        }
    }

    /**
     * Whether the chunks that follow hold the kiosk's own sound as loud as it came, as the echo canceller is
     * still finding or learning it: no word heard in them counts.
     */
    public void setUncancelled(boolean now) {
        uncancelled = now;
    }

    /** Feeds the next chunk; returns a decision when this chunk settled an utterance. */
    public Optional<Decision> accept(short[] pcm, int count) {
        audioSamples += count;
        if (uncancelled) {
            uncancelledUntil = audioSamples;
        }
        // Speech is found on the audio as it came: what is left of the noise flickers too much, while the
        // decoder hears better without the noise.
        activity.accept(pcm, count);
        short[] heard = rules.noiseFloor() < 1 ? suppressor.process(pcm, count) : pcm;
        boolean near = activity.speaking() && nearNow(0);
        if (!inUtterance) {
            if (near) {
                talk.heard(audioMillis(), activity.levelDb(activity.frames() - 1));
            }
            if (!activity.speaking() || activity.starts() == startsSeen) {
                // Between utterances the decoder hears nothing: the room's talk cannot run into a command.
                preRoll.add(heard, count);
                noteNear(near);
                return Optional.empty();
            }
            startUtterance(count);
        }
        noteNear(near);
        peakAboveRoomDb = Math.max(peakAboveRoomDb, activity.peakAboveRoomDb());
        keep(heard, count);
        if (decoder.accept(heard, count)) {
            Hypothesis result = decoder.result();
            // An empty result is the decoder ending on the silence before the voice (the pre-roll): the
            // utterance goes on. The decoder's end of speech while the near voice goes on: it took a
            // stretch of talk for silence (the room's talk going on is no reason: it often runs on from
            // the end of a command). A hall's echo dying away is not the voice going on.
            if (!result.isEmpty()) {
                boolean voiceGoesOn = activity.speaking() && activity.endedMillis() == 0;
                return endOfUtterance(result, voiceGoesOn && (nearNow(3) || !talkBehind()));
            }
        }
        Hypothesis partial = new CommandBar(phrases, echo, rules).amongOtherSpeech(decoder.partial());
        long now = audioMillis();
        if (!partial.text().equals(lastPartial)) {
            lastPartial = partial.text();
            partialSince = now;
        } else if (now - partialSince >= rules.stableMillis() && phrases.isUnambiguous(partial.text())
                && activity.endedMillis() >= commitSilenceMillis()) {
            return endOfUtterance(decoder.finish(), false);
        }
        if (activity.endedMillis() >= 2L * rules.endSilenceMillis()) {
            // The end of speech as found above the room: the decoder's own timer waits for a silence that a
            // TV or a conversation behind never gives.
            return endOfUtterance(decoder.finish(), false);
        }
        if (now - utteranceStart > MAX_UTTERANCE_MILLIS) {
            return endOfUtterance(decoder.finish(), true);
        }
        return Optional.empty();
    }

    /**
     * How long the voice must have been quiet before a complete phrase is committed early: longer in a noisy
     * room (see {@link #NOISY_ROOM_DB}). Not while the kiosk reads: the patient listens then, and "stop"
     * must act at once.
     */
    private long commitSilenceMillis() {
        boolean noisy = rules.silenceBeforeMillis() > 0 && peakAboveRoomDb < NOISY_ROOM_DB;
        return noisy ? Math.round(rules.endSilenceMillis() * NOISY_COMMIT_FACTOR) : rules.endSilenceMillis();
    }

    /**
     * Whether the room talks behind the patient (a TV, people): its loud moments stand out above its
     * floor. Without talk behind, speech going on can only be the near voice's own, also in a pause (a
     * comma) whose latest 50 ms are quiet. Not known yet (a stream that starts with speech): no.
     */
    private boolean talkBehind() {
        return room().talkBehind();
    }

    private void noteNear(boolean near) {
        if (near) {
            nearSpeech.heard(audioMillis(), activity.levelDb(activity.frames() - 1));
        }
    }

    /** Whether the latest 50 ms are the near voice's, against the room as {@link #room()} gives it. */
    private boolean nearNow(double slackDb) {
        return room().near(activity.levelDb(activity.frames() - 1), slackDb);
    }

    /**
     * The room the latest 50 ms are judged against: in an utterance, the room as it was when the
     * utterance began; else as it was when the latest stretch of speech began. Not the latest stretch
     * within an utterance: a dip inside the patient's own sentence (a comma, a stop) starts a new
     * stretch, and the room measured then holds the patient's own words as its loud moments, so a
     * quiet room would seem to have talk behind and the patient's voice would no longer be near.
     */
    private NearVoice room() {
        return inUtterance ? nearVoice
                : new NearVoice(activity, 0, activity.floorAtStartDb(), activity.loudAtStartDb(), false);
    }

    private void startUtterance(int count) {
        startsSeen = activity.starts();
        // Silence before is silence of the near voice: the room's talk, found as speech too, does not end it.
        runStartedAt = audioMillis() - activity.runMillis();
        afterTalk = talk.goesOnAt(audioMillis());
        peakAboveRoomDb = activity.peakAboveRoomDb();
        inUtterance = true;
        utteranceStart = audioMillis();
        decoder.reset();
        preRollSeconds = preRoll.seconds();
        int latency = rules.noiseFloor() < 1 ? NoiseSuppressor.LATENCY : 0;
        double originSample = audioSamples - count - latency - preRollSeconds * VoskDecoder.SAMPLE_RATE;
        nearVoice = new NearVoice(activity, originSample / FRAME_SAMPLES, activity.floorAtStartDb(),
                activity.loudAtStartDb(), echo != EchoFilter.NONE);
        short[] before = preRoll.drain();
        utteranceLength = 0;
        keep(before, before.length);
        if (before.length > 0) {
            decoder.accept(before, before.length);
        }
        lastPartial = "";
        partialSince = audioMillis();
    }

    /**
     * Feeds a whole recording in microphone-sized chunks, as the kiosk would hear it, and returns the
     * first accepted command, else the last rejection, else nothing (silence).
     */
    public Optional<Decision> recognize(short[] audio) {
        Decision[] last = new Decision[1];
        hear(audio, (decision, sample) -> {
            last[0] = decision;
            return !decision.accepted();
        });
        return Optional.ofNullable(last[0]);
    }

    /** What a listener is told of each decision, and the sample of the recording it came at. */
    @FunctionalInterface
    public interface Heard {
        /** @return whether to go on hearing the rest of the recording */
        boolean decided(Decision decision, int sample);
    }

    /**
     * Feeds a whole recording in microphone-sized chunks, as the kiosk would hear it, telling {@code heard}
     * every decision until it says stop; at the recording's end what is left is decided too.
     */
    public void hear(short[] audio, Heard heard) {
        short[] chunk = new short[Microphone.CHUNK];
        for (int at = 0; at < audio.length; at += Microphone.CHUNK) {
            int count = Math.min(Microphone.CHUNK, audio.length - at);
            System.arraycopy(audio, at, chunk, 0, count);
            Optional<Decision> decision = accept(chunk, count);
            if (decision.isPresent() && !heard.decided(decision.get(), at)) {
                return;
            }
        }
        finish().ifPresent(decision -> heard.decided(decision, audio.length));
    }

    /** Ends the stream (a file's end): decides what is left. */
    public Optional<Decision> finish() {
        return inUtterance ? endOfUtterance(decoder.finish(), false) : Optional.empty();
    }

    private void keep(short[] pcm, int count) {
        int kept = Math.min(count, utterance.length - utteranceLength);
        System.arraycopy(pcm, 0, utterance, utteranceLength, kept);
        utteranceLength += kept;
    }

    private Optional<Decision> endOfUtterance(Hypothesis result, boolean talkGoesOn) {
        forgetUtterance();
        Hypothesis patients = result.withoutWordsEndingBy(preRollSeconds + ONSET_SLACK_SECONDS);
        if (startsUncancelled(patients)) {
            // The kiosk's own voice before the echo canceller removes it: neither a command nor the patient's talk.
            return Optional.of(Decision.rejected(patients, audioMillis(), "the kiosk's own voice"));
        }
        double gain = again == null ? 1 : UsualLevel.gain(utterance, utteranceLength);
        if (gain > 1) {
            // A weak voice, which the model hears worse than the same words louder: that hearing is the first.
            patients = heardAgain(1, gain).withoutWordsEndingBy(preRollSeconds + ONSET_SLACK_SECONDS);
        }
        boolean near = near(patients);
        Optional<Decision> first = judge(patients, near, talkGoesOn, rules);
        Optional<Decision> decision = first;
        if (again != null && first.map(d -> "not a command".equals(d.reason())).orElse(true)) {
            Hypothesis faster = heardAgain(SECOND_HEARING_PACE, gain)
                    .withoutWordsEndingBy(preRollSeconds + ONSET_SLACK_SECONDS);
            // What the first hearing heard above the room's talk, the second must explain all of.
            List<Hypothesis.Word> heardFirst = patients.words().stream().filter(nearVoice::aboveTalk).toList();
            // A second chance: held to the bar of the wake phrase, as clear as the kiosk ever asks.
            Optional<Decision> second = judge(faster, near(faster), talkGoesOn, rules.surer())
                    .filter(d -> d.accepted() && spansAllSaid(faster, heardFirst));
            decision = second.or(() -> first);
        }
        if (decision.filter(d -> !d.accepted()).isPresent() && near) {
            // Its length runs to where the speech ended (see LongTalk). Its loudness is unknown without word
            // times: such talk is always taken for the patient's.
            talk.decided(audioMillis(), audioMillis() - activity.endedMillis() - runStartedAt,
                    timed(patients) ? nearVoice.peakDb(patients.words()) : Double.POSITIVE_INFINITY, patients.words());
        }
        if (decision.filter(Decision::accepted).isPresent()) {
            activity.notTheRoom(audioMillis() - utteranceStart);
        } else if (near && timed(patients) && nearVoice.standsOut(nearVoice.peakDb(patients.words()))) {
            // The patient's words, not taken: likely a command missed, to be said again.
            activity.notTheRoomIfQuietAfter(audioMillis() - utteranceStart);
        }
        return decision;
    }

    /**
     * Whether {@code patients} (what was heard) started in audio that held the kiosk's sound uncancelled, or
     * within {@link #UNCANCELLED_SLACK_SECONDS} after it. Without word times: whether the utterance did.
     */
    private boolean startsUncancelled(Hypothesis patients) {
        if (patients.isEmpty() || uncancelledUntil == Long.MIN_VALUE) {
            return false;
        }
        double start = timed(patients) ? patients.words().get(0).start() : 0;
        double startSample = nearVoice.originFrame() * FRAME_SAMPLES + start * VoskDecoder.SAMPLE_RATE;
        return startSample < uncancelledUntil + UNCANCELLED_SLACK_SECONDS * VoskDecoder.SAMPLE_RATE;
    }

    /**
     * The utterance heard again by a fresh decoder, {@code pace} times as fast and {@code gain} times as loud, its
     * word times as said. A third faster ({@link #SECOND_HEARING_PACE}) when the decoder heard nothing in it, or
     * no command: most commands that ALS slows, and some that talk behind masks, are heard at a usual pace by a
     * model trained on it. Louder when the voice was weak (see {@link UsualLevel}).
     */
    private Hypothesis heardAgain(double pace, double gain) {
        short[] said = gain > 1 ? UsualLevel.raised(utterance, utteranceLength, gain)
                : Arrays.copyOf(utterance, utteranceLength);
        short[] heard = pace == 1 ? said : TimeScale.faster(said, pace);
        again.reset();
        again.accept(heard, heard.length);
        return again.finish().slowed(pace);
    }

    /**
     * Whether the command in {@code heard} spans all that the near voice said in the utterance, and all
     * of {@code heardFirst}: a command word that a second hearing finds in a longer sentence is a fragment.
     */
    private boolean spansAllSaid(Hypothesis heard, List<Hypothesis.Word> heardFirst) {
        Hypothesis said = nearVoice.commandPart(heard, text -> phrases.match(text).isPresent());
        List<Hypothesis.Word> words = said.words();
        if (words.isEmpty() || words.stream().noneMatch(word -> word.end() > 0)) {
            return false;
        }
        double start = words.get(0).start() - WHOLE_SLACK_SECONDS;
        double end = words.get(words.size() - 1).end() + WHOLE_SLACK_SECONDS;
        boolean firstWithin = heardFirst.isEmpty()
                || start <= heardFirst.get(0).start() && end >= heardFirst.get(heardFirst.size() - 1).end();
        return firstWithin && nearVoice.spansNearVoice(words, preRollSeconds, WHOLE_SLACK_SECONDS);
    }

    /**
     * Whether the patient's near voice said any of {@code patients}: by its words' times, or for a decoder
     * that gives none by the utterance's loudest moment over the room's floor. Speech that started before
     * the room was known (a stream that starts amid a TV's talk) has nothing to stand out from: the floor
     * then is a first frame's, and the talk is as likely the room's.
     */
    private boolean near(Hypothesis patients) {
        boolean roomKnown = !Double.isNaN(nearVoice.loudDb());
        return timed(patients) ? patients.words().stream().anyMatch(nearVoice::said)
                : roomKnown && peakAboveRoomDb >= NEAR_DB;
    }

    private boolean timed(Hypothesis patients) {
        return !Double.isNaN(nearVoice.loudDb()) && patients.words().stream().anyMatch(word -> word.end() > 0);
    }

    /**
     * The decision on {@code patients}, what was heard less the words over before the patient's voice was
     * found (the room's: the decoder heard what came just before); empty when nothing was heard.
     */
    private Optional<Decision> judge(Hypothesis patients, boolean near, boolean talkGoesOn, RecognitionRules applied) {
        if (patients.isEmpty()) {
            return Optional.empty();
        }
        // Words around the command that do not stand out above the room are the room's too: a TV or
        // people talking that ran into it.
        List<Hypothesis.Word> words = patients.words();
        boolean timed = timed(patients);
        Hypothesis said = timed && !plain ? nearVoice.commandPart(patients, text -> phrases.match(text).isPresent())
                : patients;
        boolean roomAfter = timed && !said.words().isEmpty() && !said.words().get(said.words().size() - 1)
                .equals(words.get(words.size() - 1));
        // What was near before the command but stands far below it was the room's talk: the patient said
        // nothing before it. (Not so after it: a pause in the patient's own sentence is as quiet.)
        double commandDb = timed && !said.words().isEmpty() ? nearVoice.peakDb(said.words()) : Double.NEGATIVE_INFINITY;
        boolean clear = near && (!timed || nearVoice.standsOut(commandDb)) || withoutRoomRule(applied, near, said);
        return Optional.of(clear
                ? decide(said, silenceBefore(timed ? said.words() : List.of(), commandDb), talkGoesOn && !roomAfter, applied)
                : Decision.rejected(patients, audioMillis(), "not clearly above the room"));
    }

    /**
     * Whether a command counts without standing out above the room: where no silence before is asked (the
     * rules drop it). Over the kiosk's own sound only a near command that stops it, and only there; any other
     * must stand out as with talk behind. While the canceller learns a room's reflections, and where a
     * patient's word just ended, what it leaves of the kiosk's own voice is still words, below the narration
     * but above the room: "louder" in a bare room, "softer" on the PulseAudio loop (where it had reduced the
     * narration by 15 dB), and in the bare room "slower" from the kiosk's "slowly", 13 dB above the room's
     * floor and 5 dB above its loud moments, 2 s after the patient's own "slower". A wrong pause is safe.
     */
    private boolean withoutRoomRule(RecognitionRules applied, boolean near, Hypothesis said) {
        return applied.silenceBeforeMillis() == 0
                && (echo == EchoFilter.NONE || near && stops(said.text(), applied));
    }

    /** Whether {@code text} is, or holds among other words, a command that counts among other speech (pause). */
    private boolean stops(String text, RecognitionRules applied) {
        return phrases.among(text, applied.amongOtherSpeech()) != null || phrases.match(text).flatMap(phrases::command)
                .filter(command -> applied.amongOtherSpeech().contains(command.kind())).isPresent();
    }

    /**
     * How long the patient was quiet before the {@code command} (its words, with their times; none: not
     * known), in ms: since the near voice was last heard, leaving out what stood far below a command whose
     * loudest word peaks at {@code commandDb} (minus infinity: no command's loudness to judge by). None
     * after long talk of the near voice that may have been the patient's (unless the command says that talk
     * again, see {@link LongTalk#saidAgainIn}), before the utterance or within
     * it: the decoder leaves out words it cannot match, so a command word at the end of a sentence may be
     * all it heard (a TV's "... the paper again" as "again", where the TV came on in a quiet room).
     */
    private long silenceBefore(List<Hypothesis.Word> command, double commandDb) {
        boolean talkGoesOn = afterTalk && !nearVoice.belowCommand(talk.peakDb(), commandDb)
                && !talk.saidAgainIn(command);
        if (talkGoesOn || talkedInto(command)) {
            return 0;
        }
        long patientLast = nearSpeech.lastBefore(utteranceStart, level -> !nearVoice.belowCommand(level, commandDb));
        return Math.max(0, runStartedAt - patientLast);
    }

    /**
     * Whether the patient talked on into {@code command} (its words, with times) for {@link LongTalk#MIN_MILLIS} or
     * more within the utterance: in a quiet or steady room, where nothing else is near. Where the room talks,
     * its talk too runs into a command (see {@link NearVoice#belowCommand}), and is judged as the room's.
     */
    private boolean talkedInto(List<Hypothesis.Word> command) {
        return !command.isEmpty() && !nearVoice.talkBehind()
                && nearVoice.talkMillisBefore(command, preRollSeconds, WHOLE_SLACK_SECONDS) >= LongTalk.MIN_MILLIS;
    }

    /** New rules from the next utterance on (the kiosk drops the silence-before rule while it reads). */
    public void setRules(RecognitionRules next) {
        if (next.noiseFloor() != rules.noiseFloor()) {
            suppressor = suppressor(next);
        }
        this.rules = next;
    }

    private Decision decide(Hypothesis heard, long silenceBefore, boolean talkGoesOn, RecognitionRules applied) {
        boolean onItsOwn = applied.silenceBeforeMillis() == 0
                || !talkGoesOn && silenceBefore >= applied.silenceBeforeMillis();
        return onItsOwn ? new CommandBar(phrases, echo, applied).decide(heard, audioMillis())
                : Decision.rejected(heard, audioMillis(), "part of longer talk");
    }

    private void forgetUtterance() {
        inUtterance = false;
        // Speech that goes on past a decision is not the start of a new utterance: wait for the next start.
        startsSeen = activity.starts();
        lastPartial = "";
        partialSince = audioMillis();
    }

    /**
     * Whether the room has been heard long enough to tell the patient from it (see
     * {@link SpeechAboveRoom#roomKnown()}): speech that starts before gives no command.
     */
    public boolean roomKnown() {
        return activity.roomKnown();
    }

    /** Audio fed so far, in ms. */
    public long audioMillis() {
        return audioSamples * 1000 / VoskDecoder.SAMPLE_RATE;
    }

    /**
     * Starts a new stream: forgets the current utterance, the room, the near voice's talk, and restarts the
     * audio clock. Only the decoders are kept, as they are costly to make. (What the room and the near voice
     * were heard at is on the old clock.)
     */
    public void reset() {
        decoder.reset();
        suppressor = suppressor(rules);
        preRoll.clear();
        activity = new SpeechAboveRoom();
        nearSpeech = new NearSpeech();
        talk = new LongTalk();
        audioSamples = 0;
        uncancelledUntil = Long.MIN_VALUE;
        forgetUtterance();
    }

    @Override
    public void close() {
        decoder.close();
        if (again != null) {
            again.close();
        }
    }
}
