package nl.verteller.voice;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.verteller.audio.Microphone;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * All calls into the native Vosk library. Handles are {@code AutoCloseable}; each is checked to be
 * real before use, since the binding itself does not always.
 *
 * <p>Vosk's scores for the same audio differ slightly from one decode to the next within a process
 * (the runner-up's distance behind the best reading of one clip: 0.33 to 0.61 over repeated decodes,
 * also with the model freed and loaded again, and with one BLAS thread), while a new process that
 * decodes the same sequence repeats them exactly. So a result near a rule's edge depends on what the
 * process decoded before: tests and benchmarks are repeatable only as whole runs.
 */
public final class VoskDecoder implements Decoder {
    /** Vosk models are trained on 16 kHz audio; the microphone is opened at this rate. */
    static final int SAMPLE_RATE = Microphone.SAMPLE_RATE;
    private static final int MAX_ALTERNATIVES = 3;

    private final Recognizer recognizer;
    /** Samples fed since the recognizer was made, and at its latest reset: Vosk's word times run on from its start. */
    private long fed;
    private long fedAtReset;

    /** A decoder restricted to {@code grammarJson}, or over the model's whole vocabulary when it is null. */
    VoskDecoder(SpeechModel model, String grammarJson) throws IOException {
        Recognizer made = grammarJson == null ? new Recognizer(model.handle(), SAMPLE_RATE)
                : new Recognizer(model.handle(), SAMPLE_RATE, grammarJson);
        if (Pointer.nativeValue(made.getPointer()) == 0) {
            throw new IOException("Vosk made no recognizer for " + model.directory());
        }
        // Final results as an n-best list: a close runner-up that means something else is a reason to
        // reject ("louder" against "quieter"). No partial words: they delay partial results by seconds.
        made.setWords(true);
        made.setMaxAlternatives(MAX_ALTERNATIVES);
        this.recognizer = made;
    }

    @Override
    public boolean accept(short[] pcm, int count) {
        fed += count;
        return recognizer.acceptWaveForm(pcm, count);
    }

    @Override
    public Hypothesis partial() {
        return sinceReset(recognizer.getPartialResult());
    }

    @Override
    public Hypothesis result() {
        return sinceReset(recognizer.getResult());
    }

    @Override
    public Hypothesis finish() {
        return sinceReset(recognizer.getFinalResult());
    }

    /** Word times from the latest reset on, as the {@link Decoder} says. */
    private Hypothesis sinceReset(String json) {
        return Hypothesis.fromVosk(json).shifted(-fedAtReset / (double) SAMPLE_RATE);
    }

    /** Resets first: Vosk 0.3.45 aborts the whole process if the grammar changes mid-utterance. */
    @Override
    public void setGrammar(String json) {
        reset();
        if (json != null) {
            recognizer.setGrammar(json);
        }
    }

    @Override
    public void reset() {
        recognizer.reset();
        fedAtReset = fed;
    }

    @Override
    public void close() {
        recognizer.close();
    }

    /**
     * A loaded speech model, shared: every load of one folder uses the same native model (about 100 MB
     * for the small English one), freed when the last user closes it. Vosk's model is safe to use from
     * several threads; its recognizers are not, and are not shared.
     */
    static final class SpeechModel implements AutoCloseable {
        private static final Map<Path, Shared> LOADED = new HashMap<>();

        private final Path directory;
        private final Shared shared;
        private boolean closed;

        private static final class Shared {
            final Path key;
            final Model model;
            int users;

            Shared(Path key, Model model) {
                this.key = key;
                this.model = model;
            }
        }

        private SpeechModel(Path directory, Shared shared) {
            this.directory = directory;
            this.shared = shared;
        }

        /** Loads the model in {@code directory}; says plainly what is missing when it cannot. */
        static SpeechModel load(Path directory) throws IOException {
            if (!Files.isDirectory(directory.resolve("am")) || !Files.isDirectory(directory.resolve("conf"))) {
                throw new IOException("no speech model in " + directory + " (it needs am/ and conf/)");
            }
            Path key = directory.toRealPath();
            synchronized (LOADED) {
                Shared shared = LOADED.get(key);
                if (shared == null) {
                    LibVosk.setLogLevel(LogLevel.WARNINGS);
                    Model model = new Model(key.toString());
                    if (Pointer.nativeValue(model.getPointer()) == 0) {
                        throw new IOException("Vosk could not load the model in " + directory);
                    }
                    shared = new Shared(key, model);
                    LOADED.put(key, shared);
                }
                shared.users++;
                return new SpeechModel(directory, shared);
            }
        }

        /** How many users hold the model loaded from {@code directory} (0: not loaded). */
        static int users(Path directory) throws IOException {
            synchronized (LOADED) {
                Shared shared = LOADED.get(directory.toRealPath());
                return shared == null ? 0 : shared.users;
            }
        }

        Path directory() {
            return directory;
        }

        Model handle() {
            return shared.model;
        }

        @Override
        public void close() {
            synchronized (LOADED) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--shared.users == 0) {
                    LOADED.remove(shared.key);
                    shared.model.close();
                }
            }
        }
    }
}
