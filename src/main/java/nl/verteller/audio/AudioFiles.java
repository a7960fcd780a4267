package nl.verteller.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import nl.verteller.content.FileReasons;

/** Reads a WAV file as the recognizer hears a microphone: 16-bit mono at 16 kHz. */
public final class AudioFiles {
    private AudioFiles() {
    }

    /** Sample rates a recording of speech can have; others are a broken or hostile header. */
    static final float LOWEST_RATE = 4000;
    static final float HIGHEST_RATE = 192_000;
    static final int MOST_CHANNELS = 8;

    /** The file's audio, mixed to mono and resampled to 16 kHz when it is not already. */
    public static short[] read16kMono(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read16kMono(file.toString(), in);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new IOException(file + " cannot be read: " + FileReasons.of(e), e);
        }
    }

    /**
     * The audio of a WAV stream, as {@link #read16kMono(Path)}; {@code source} names it in messages.
     *
     * @throws IOException with a message that names {@code source} and what is wrong, for any input
     */
    public static short[] read16kMono(String source, InputStream stream) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(stream)) {
            AudioFormat format = in.getFormat();
            float rate = format.getSampleRate();
            if (!(rate >= LOWEST_RATE && rate <= HIGHEST_RATE)) {
                throw new IOException(source + " is not a WAV file the recognizer can read: its sample rate is "
                        + rate + " Hz (a recording has " + (int) LOWEST_RATE + " to " + (int) HIGHEST_RATE + ")");
            }
            if (format.getChannels() < 1 || format.getChannels() > MOST_CHANNELS) {
                throw new IOException(source + " is not a WAV file the recognizer can read: it has "
                        + format.getChannels() + " channels");
            }
            AudioFormat pcm = new AudioFormat(rate, 16, format.getChannels(), true, false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, in)) {
                byte[] bytes = converted.readAllBytes();
                short[] mono = toMono(bytes, format.getChannels());
                return resample16k(mono, Math.round(rate));
            }
        } catch (UnsupportedAudioFileException | RuntimeException e) {
            // Java Sound's readers throw anything from IllegalArgumentException to
            // ArrayIndexOutOfBoundsException on a broken header: all mean the same to the user.
            throw new IOException(source + " is not a WAV file the recognizer can read: " + e.getMessage(), e);
        }
    }

    private static short[] toMono(byte[] bytes, int channels) {
        short[] interleaved = new short[bytes.length / 2];
        Pcm16.toSamples(bytes, 0, interleaved.length, false, interleaved);
        short[] mono = new short[interleaved.length / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i * channels + c];
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }

    /**
     * {@code pcm} at {@code sampleRate}, as the recognizer's 16 kHz, band-limited (see {@link Resampler}):
     * a recording's hiss above the recognizer's band stays out of it.
     */
    public static short[] resample16k(short[] pcm, int sampleRate) {
        return Resampler.resample(pcm, sampleRate, Microphone.SAMPLE_RATE);
    }
}
