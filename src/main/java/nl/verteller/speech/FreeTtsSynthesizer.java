package nl.verteller.speech;

import java.util.Optional;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import nl.verteller.audio.Pcm16;
import nl.verteller.content.Language;

/**
 * The embedded English voice: FreeTTS {@code kevin16}, pure Java, 16 kHz.
 *
 * <p>Word starts come from the utterance FreeTTS builds before it renders audio: for each token of
 * the text, the end of the segment just before the token's first word. FreeTTS hands audio to an
 * {@link AudioPlayer}; this class's player forwards it to the current receiver instead of a speaker.
 *
 * <p>Configuration: {@code freetts.wpm} (words per minute at rate 1.0, default 150).
 */
public final class FreeTtsSynthesizer implements Synthesizer {
    private static final String VOICE = "kevin16";
    private static final String DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final float wordsPerMinute;
    private final ForwardingPlayer player = new ForwardingPlayer();
    private Voice voice;
    private String failure;
    private Request current;

    public FreeTtsSynthesizer(float wordsPerMinute) {
        this.wordsPerMinute = wordsPerMinute;
    }

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.EN);
    }

    @Override
    public boolean givesWordTimings() {
        return true;
    }

    @Override
    public synchronized Optional<String> unavailableReason() {
        return voice() == null ? Optional.of(failure) : Optional.empty();
    }

    @Override
    public synchronized void synthesize(String text, Language language, double rate, AudioReceiver receiver)
            throws SpeechException, InterruptedException {
        if (language != Language.EN) {
            throw new SpeechException("FreeTTS speaks English only, not " + language);
        }
        Voice v = voice();
        if (v == null) {
            throw new SpeechException(failure);
        }
        current = new Request(text, receiver);
        try {
            v.setRate((float) (wordsPerMinute * rate));
            boolean finished = v.speak(text);
            if (!finished && receiver.wanted()) {
                throw new SpeechException("FreeTTS could not speak: \"" + text + "\"");
            }
        } catch (RuntimeException e) {
            throw new SpeechException("FreeTTS failed on \"" + text + "\": " + e, e);
        } finally {
            current = null;
        }
    }

    /** Loads the voice on first use: about a second, so the kiosk does it on its synthesizer thread. */
    private Voice voice() {
        if (voice == null && failure == null) {
            System.setProperty("freetts.voices", DIRECTORY);
            Voice loaded = VoiceManager.getInstance().getVoice(VOICE);
            if (loaded == null) {
                failure = "FreeTTS voice " + VOICE + " is not in the jar (rebuild with mvn package)";
                return null;
            }
            loaded.allocate();
            loaded.setAudioPlayer(player);
            loaded.getUtteranceProcessors().add(new WordTimer());
            voice = loaded;
        }
        return voice;
    }

    @Override
    public synchronized void close() {
        if (voice != null) {
            voice.deallocate();
            voice = null;
        }
    }

    /** The text being spoken, where its tokens were found so far, and who gets the audio. */
    private static final class Request {
        final String text;
        final AudioReceiver receiver;
        long samplesBefore;
        long samplesSent;
        int searchFrom;
        boolean started;

        Request(String text, AudioReceiver receiver) {
            this.text = text;
            this.receiver = receiver;
        }
    }

    /** Runs after FreeTTS has timed every segment of an utterance, before audio is made. */
    private final class WordTimer implements UtteranceProcessor {
        @Override
        public void processUtterance(Utterance utterance) {
            Request request = current;
            if (request == null || utterance.getRelation("Token") == null) {
                return;
            }
            request.samplesBefore = request.samplesSent;
            for (Item token = utterance.getRelation("Token").getHead(); token != null; token = token.getNext()) {
                markToken(request, token);
            }
        }

        private void markToken(Request request, Item token) {
            String name = token.getFeatures().getString("name");
            Item word = token.getDaughter();
            if (name == null || name.isEmpty() || word == null) {
                return;
            }
            int at = request.text.indexOf(name, request.searchFrom);
            Object start = word.findFeature("R:SylStructure.daughter.daughter.R:Segment.p.end");
            if (at < 0 || !(start instanceof Number seconds)) {
                return;
            }
            request.searchFrom = at + name.length();
            ensureStarted(request, (int) player.sampleRate());
            long sample = request.samplesBefore + Math.round(seconds.doubleValue() * player.sampleRate());
            request.receiver.word(at, at + name.length(), sample);
        }
    }

    private static void ensureStarted(Request request, int sampleRate) {
        if (!request.started) {
            request.started = true;
            request.receiver.start(sampleRate);
        }
    }

    /** Receives FreeTTS's rendered audio and hands it on as 16-bit samples. */
    private final class ForwardingPlayer implements AudioPlayer {
        private AudioFormat format = new AudioFormat(16_000f, 16, 1, true, true);
        private short[] buffer = new short[4096];

        float sampleRate() {
            return format.getSampleRate();
        }

        @Override
        public boolean write(byte[] bytes, int offset, int length) {
            Request request = current;
            if (request == null || !request.receiver.wanted()) {
                return false;
            }
            ensureStarted(request, (int) format.getSampleRate());
            int count = length / 2;
            if (buffer.length < count) {
                buffer = new short[count];
            }
            Pcm16.toSamples(bytes, offset, count, format.isBigEndian(), buffer);
            request.samplesSent += count;
            request.receiver.samples(buffer, count);
            return true;
        }

        @Override
        public boolean write(byte[] bytes) {
            return write(bytes, 0, bytes.length);
        }

        @Override
        public void setAudioFormat(AudioFormat audioFormat) {
            this.format = audioFormat;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        // FreeTTS's playback controls: this player only forwards, so they have nothing to do.
        @Override public void pause() { }
        @Override public void resume() { }
        @Override public void reset() { }
        @Override public boolean drain() { return true; }
        @Override public void begin(int size) { }
        @Override public boolean end() { return true; }
        @Override public void cancel() { }
        @Override public void close() { }
        @Override public float getVolume() { return 1f; }
        @Override public void setVolume(float volume) { }
        @Override public long getTime() { return 0; }
        @Override public void resetTime() { }
        @Override public void startFirstSampleTimer() { }
        @Override public void showMetrics() { }
    }
}
