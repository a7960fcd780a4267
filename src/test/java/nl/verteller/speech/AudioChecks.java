package nl.verteller.speech;

/** Measures on PCM that tell speech from silence. */
final class AudioChecks {
    private AudioChecks() {
    }

    /** Root mean square amplitude, 0 to 1. */
    static double rms(short[] pcm) {
        double sum = 0;
        for (short s : pcm) {
            sum += (double) s * s;
        }
        return pcm.length == 0 ? 0 : Math.sqrt(sum / pcm.length) / Short.MAX_VALUE;
    }
}
