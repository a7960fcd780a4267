package nl.verteller.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads a WAV file as the recognizer hears a microphone: 16-bit mono at 16 kHz. */
public final class AudioFiles {
    private AudioFiles() {
    }

    /** The file's audio, mixed to mono and resampled to 16 kHz when it is not already. */
    public static short[] read16kMono(Path file) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat format = in.getFormat();
            AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
            try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, in)) {
                byte[] bytes = converted.readAllBytes();
                short[] mono = toMono(bytes, format.getChannels());
                return resample(mono, format.getSampleRate(), VoskDecoder.SAMPLE_RATE);
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException(file + " is not a WAV file the recognizer can read: " + e.getMessage(), e);
        }
    }

    private static short[] toMono(byte[] bytes, int channels) {
        short[] interleaved = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(interleaved);
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
        return resample(pcm, sampleRate, VoskDecoder.SAMPLE_RATE);
    }

    /** Linear interpolation: enough for speech going into a 16 kHz recognizer. */
    static short[] resample(short[] pcm, float from, int to) {
        if (Math.round(from) == to) {
            return pcm;
        }
        int length = (int) ((long) pcm.length * to / (long) from);
        short[] out = new short[length];
        double step = from / to;
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int left = (int) at;
            int right = Math.min(left + 1, pcm.length - 1);
            double fraction = at - left;
            out[i] = (short) Math.round(pcm[left] * (1 - fraction) + pcm[right] * fraction);
        }
        return out;
    }
}
