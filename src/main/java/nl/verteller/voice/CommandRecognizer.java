package nl.verteller.voice;

import java.util.Optional;
import nl.verteller.dsp.NoiseSuppressor;
import nl.verteller.kiosk.Command;

/**
 * Turns a stream of audio into commands: feeds a grammar-restricted {@link Decoder} in chunks and
 * decides, per utterance, once.
 *
 * <p>Early commit: when the partial result is a complete phrase that no phrase with another meaning
 * continues, has not changed for {@link RecognitionRules#stableMillis()}, and the speaker has been
 * silent for {@link RecognitionRules#endSilenceMillis()}, the utterance is closed at once and decided
 * on the decoder's final result (with word confidences). So "pause" acts within a few hundred ms,
 * long before the model's own end-of-speech timer (0.5–1 s); "next", which may become "next
 * sentence", waits for that timer. A partial alone never acts: partials are known to be unstable.
 *
 * <p>The decoder hears the audio through a {@link NoiseSuppressor} (one chunk later); voice activity
 * is judged on the audio as it came.
 *
 * <p>Rejection: speech outside the grammar, low word confidence, or the kiosk's own words.
 * One thread only (the recognizer thread, or a command-line run).
 */
public final class CommandRecognizer implements AutoCloseable {
    private final Decoder decoder;
    private PhraseSet phrases;
    private EchoFilter echo = EchoFilter.NONE;
    private long audioSamples;
    private String lastPartial = "";
    private long partialSince;
    private final VoiceActivity activity = new VoiceActivity(VoskDecoder.SAMPLE_RATE, 9);
    private RecognitionRules rules;
    private NoiseSuppressor suppressor;
    private long silenceBeforeUtterance = -1;

    private final boolean fullVocabulary;

    CommandRecognizer(Decoder decoder, PhraseSet phrases, RecognitionRules rules) {
        this(decoder, phrases, rules, false);
    }

    /** With {@code fullVocabulary} the decoder has no grammar, and setting phrases leaves it so. */
    CommandRecognizer(Decoder decoder, PhraseSet phrases, RecognitionRules rules, boolean fullVocabulary) {
        this.decoder = decoder;
        this.phrases = phrases;
        this.rules = rules;
        this.fullVocabulary = fullVocabulary;
        this.suppressor = new NoiseSuppressor(rules.noiseFloor());
    }

    /** Listens for {@code next} from the next utterance on. */
    public void setPhrases(PhraseSet next) {
        if (!next.equals(phrases)) {
            phrases = next;
            decoder.setGrammar(fullVocabulary ? null : next.grammarJson());
            forgetUtterance();
        }
    }

    public PhraseSet phrases() {
        return phrases;
    }

    public void setEchoFilter(EchoFilter filter) {
        this.echo = filter;
    }

    /** Feeds the next chunk; returns a decision when this chunk settled an utterance. */
    public Optional<Decision> accept(short[] pcm, int count) {
        audioSamples += count;
        // Voice activity on the audio as it came: what is left of the noise flickers too much for an
        // energy rule, while the decoder hears better without the noise.
        activity.accept(pcm, count);
        if (silenceBeforeUtterance < 0 && activity.speaking()) {
            silenceBeforeUtterance = activity.silenceBeforeSpeech();
        }
        short[] heard = rules.noiseFloor() < 1 ? suppressor.process(pcm, count) : pcm;
        if (decoder.accept(heard, count)) {
            // The decoder's end of speech while the voice goes on: it took a stretch of talk for silence.
            return endOfUtterance(decoder.result(), activity.speaking());
        }
        Hypothesis partial = amongOtherSpeech(decoder.partial());
        long now = audioMillis();
        if (!partial.text().equals(lastPartial)) {
            lastPartial = partial.text();
            partialSince = now;
        } else if (now - partialSince >= rules.stableMillis() && phrases.isUnambiguous(partial.text())
                && !activity.speaking() && activity.runMillis() >= rules.endSilenceMillis()) {
            return endOfUtterance(decoder.finish(), false);
        }
        return Optional.empty();
    }

    /**
     * Feeds a whole recording in microphone-sized chunks, as the kiosk would hear it, and returns the
     * first accepted command, else the last rejection, else nothing (silence).
     */
    public Optional<Decision> recognize(short[] audio) {
        Decision last = null;
        short[] chunk = new short[Microphone.CHUNK];
        for (int at = 0; at < audio.length; at += Microphone.CHUNK) {
            int count = Math.min(Microphone.CHUNK, audio.length - at);
            System.arraycopy(audio, at, chunk, 0, count);
            Optional<Decision> decision = accept(chunk, count);
            if (decision.isPresent() && decision.get().accepted()) {
                return decision;
            }
            last = decision.orElse(last);
        }
        Optional<Decision> end = finish();
        return end.isPresent() && end.get().accepted() ? end : Optional.ofNullable(end.orElse(last));
    }

    /** Ends the stream (a file's end): decides what is left. */
    public Optional<Decision> finish() {
        return endOfUtterance(decoder.finish(), false);
    }

    private Optional<Decision> endOfUtterance(Hypothesis result, boolean talkGoesOn) {
        long silenceBefore = silenceBeforeUtterance;
        forgetUtterance();
        return result.isEmpty() ? Optional.empty() : Optional.of(decide(result, silenceBefore, talkGoesOn));
    }

    /** New rules from the next utterance on (the kiosk drops the silence-before rule while it reads). */
    public void setRules(RecognitionRules next) {
        if (next.noiseFloor() != rules.noiseFloor()) {
            suppressor = new NoiseSuppressor(next.noiseFloor());
        }
        this.rules = next;
    }

    private Decision decide(Hypothesis heard, long silenceBefore, boolean talkGoesOn) {
        long at = audioMillis();
        boolean onItsOwn = rules.silenceBeforeMillis() == 0
                || !talkGoesOn && (silenceBefore < 0 || silenceBefore >= rules.silenceBeforeMillis());
        if (!onItsOwn) {
            return Decision.rejected(heard, at, "part of longer talk");
        }
        Hypothesis said = amongOtherSpeech(heard);
        if (rules.rejectUnknown() && said.hasUnknown()) {
            return Decision.rejected(heard, at, "not a command");
        }
        Optional<String> phrase = phrases.match(said.text());
        if (phrase.isEmpty()) {
            return Decision.rejected(heard, at, "not a command");
        }
        String text = phrase.get();
        Command command = phrases.command(text).orElseThrow();
        double confidence = confidence(said, command);
        if (closeRunnerUpMeansOther(said, command) || confidence < rules.minConfidence()) {
            return new Decision(null, heard.text(), confidence, at, "not sure enough");
        }
        if (echo.isEcho(text)) {
            return Decision.rejected(heard, at, "the kiosk's own voice");
        }
        return new Decision(command, text, confidence, at, null);
    }

    /** The command part of {@code heard}: all of it, or a command that may be said among other speech. */
    private Hypothesis amongOtherSpeech(Hypothesis heard) {
        return rules.amongOtherSpeech().isEmpty() ? heard
                : heard.narrowed(text -> phrases.among(text, rules.amongOtherSpeech()));
    }

    /**
     * 0–1, from how far the best reading that means something else (another command, or none) scores
     * below this one: 1 when nothing else came close.
     */
    private double confidence(Hypothesis heard, Command command) {
        return heard.others().stream()
                .filter(other -> !phrases.match(other.text()).flatMap(phrases::command).equals(Optional.of(command)))
                .mapToDouble(other -> 1 - Math.exp(-Math.max(0, other.behind()) / 3))
                .min().orElse(1.0);
    }

    /** A runner-up nearly as likely as the best that would be another command: too close to call. */
    private boolean closeRunnerUpMeansOther(Hypothesis heard, Command command) {
        return heard.others().stream().anyMatch(other -> other.behind() < rules.minMargin()
                && phrases.match(other.text()).flatMap(phrases::command).filter(c -> !c.equals(command)).isPresent());
    }

    private void forgetUtterance() {
        silenceBeforeUtterance = activity.speaking() ? 0 : -1;
        lastPartial = "";
        partialSince = audioMillis();
    }

    /** Audio fed so far, in ms. */
    public long audioMillis() {
        return audioSamples * 1000 / VoskDecoder.SAMPLE_RATE;
    }

    /** Forgets the current utterance and restarts the audio clock. */
    public void reset() {
        decoder.reset();
        suppressor = new NoiseSuppressor(rules.noiseFloor());
        audioSamples = 0;
        forgetUtterance();
    }

    @Override
    public void close() {
        decoder.close();
    }
}
