package nl.verteller.speech;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.FloatControl;
import javax.sound.sampled.LineUnavailableException;
import nl.verteller.content.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says a single word softly and quickly, on its own thread ({@code prompt}) and its own sound line:
 * for auditory scanning. A new word cuts off the one before, so the voice keeps up with the
 * highlight. Also says a whole prompt and waits until it has been heard, for teaching own words.
 * Without a speaker it stays silent.
 */
public final class Prompter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Prompter.class);
    private static final double RATE = 1.2;
    private static final float GAIN_DB = -10f;

    private final Function<Language, Optional<Synthesizer>> voices;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "prompt");
        t.setDaemon(true);
        return t;
    });
    private Future<?> current;
    private Clip clip;

    public Prompter(Function<Language, Optional<Synthesizer>> voices) {
        this.voices = voices;
    }

    /** Says {@code word} in {@code language}, cutting off what it was saying. Any thread. */
    public synchronized void say(String word, Language language) {
        if (current != null) {
            current.cancel(false);
        }
        current = thread.submit(() -> speak(word, language));
    }

    private void speak(String word, Language language) {
        Optional<Synthesizer> voice = voices.apply(language);
        if (voice.isEmpty() || word.isBlank()) {
            return;
        }
        try {
            Speech speech = voice.get().synthesize(word, language, RATE);
            play(speech, GAIN_DB);
        } catch (SpeechException e) {
            LOG.warn("Could not say a scan word: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Says {@code text} at normal speed and loudness and returns once it has played (at once without a
     * voice). Blocks the calling thread, so never call it on the EDT.
     */
    public void sayAndWait(String text, Language language) throws InterruptedException {
        Optional<Synthesizer> voice = voices.apply(language);
        if (voice.isEmpty()) {
            return;
        }
        try {
            Speech speech = voice.get().synthesize(text, language, 1.0);
            synchronized (this) {
                play(speech, 0f);
            }
            Thread.sleep(speech.pcm().length * 1000L / speech.sampleRate());
        } catch (SpeechException e) {
            LOG.warn("Could not say a prompt: {}", e.getMessage());
        }
    }

    private void play(Speech speech, float gainDb) {
        byte[] bytes = new byte[speech.pcm().length * 2];
        for (int i = 0; i < speech.pcm().length; i++) {
            bytes[2 * i] = (byte) speech.pcm()[i];
            bytes[2 * i + 1] = (byte) (speech.pcm()[i] >> 8);
        }
        try {
            if (clip != null) {
                clip.close();
            }
            clip = AudioSystem.getClip();
            clip.open(new AudioFormat(speech.sampleRate(), 16, 1, true, false), bytes, 0, bytes.length);
            if (clip.isControlSupported(FloatControl.Type.MASTER_GAIN)) {
                ((FloatControl) clip.getControl(FloatControl.Type.MASTER_GAIN)).setValue(gainDb);
            }
            clip.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.debug("No speaker for scan words: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
