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
    /** Resampling keeps this share of the lower half rate, and cuts above it (a 5 % slope). */
    private static final double PASSBAND = 0.95;
    /** The sinc reaches this many zero crossings each way, under a Blackman window. */
    private static final int ZERO_CROSSINGS = 12;
    private static final int KERNEL_STEPS = 256;
    private static final double[] KERNEL = new double[ZERO_CROSSINGS * KERNEL_STEPS + 2];

    static {
        for (int i = 0; i < KERNEL.length; i++) {
            double x = (double) i / KERNEL_STEPS;
            double sinc = i == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
            double w = Math.min(1, x / ZERO_CROSSINGS);
            double window = 0.42 + 0.5 * Math.cos(Math.PI * w) + 0.08 * Math.cos(2 * Math.PI * w);
            KERNEL[i] = sinc * window;
        }
    }

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
                return resample(mono, rate, Microphone.SAMPLE_RATE);
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

    /** {@code pcm} at {@code sampleRate}, as the recognizer's 16 kHz. */
    public static short[] resample16k(short[] pcm, int sampleRate) {
        return resample(pcm, sampleRate, Microphone.SAMPLE_RATE);
    }

    /**
     * Band-limited interpolation (a windowed sinc): what lies above half the lower of the two rates is
     * cut, not folded back. Plain picking of samples (which linear interpolation is from 48 kHz) folded a
     * recording's hiss from 8 to 24 kHz into the recognizer's band, three times the noise it had there,
     * and the top of a 22 kHz voice's "s" into its middle.
     */
    static short[] resample(short[] pcm, float from, int to) {
        if (Math.round(from) == to) {
            return pcm;
        }
        // The cut, as a share of the input's half rate.
        double cut = Math.min(1.0, to / (double) from) * PASSBAND;
        double reach = ZERO_CROSSINGS / cut;
        int length = (int) ((long) pcm.length * to / (long) from);
        short[] out = new short[length];
        double step = from / to;
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int first = Math.max(0, (int) Math.ceil(at - reach));
            int last = Math.min(pcm.length - 1, (int) Math.floor(at + reach));
            double sum = 0;
            for (int k = first; k <= last; k++) {
                sum += pcm[k] * cut * kernel(Math.abs(at - k) * cut);
            }
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
        }
        return out;
    }

    /** The windowed sinc at {@code x} zero crossings from its middle, from the table. */
    private static double kernel(double x) {
        double at = x * KERNEL_STEPS;
        int below = (int) at;
        if (below >= KERNEL.length - 1) {
            return 0;
        }
        double fraction = at - below;
        return KERNEL[below] * (1 - fraction) + KERNEL[below + 1] * fraction;
    }
}
