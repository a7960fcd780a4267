package nl.verteller.dsp;

/** Cleans microphone audio (16 kHz mono) before the recognizer hears it: as many samples out as in, a fixed time late. */
public interface FrontEnd {
    /** The cleaned audio for the next {@code count} samples. */
    short[] process(short[] pcm, int count);

    /** How many samples late the cleaned audio comes out. */
    int latencySamples();
}
