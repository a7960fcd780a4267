package nl.verteller.dsp;

/**
 * Brings a weak voice to the level a speech model was trained on. The small English model takes the
 * level as part of what it hears: with a microphone's hiss 20 dB below it, "next" said at −56 dBFS is
 * heard as nothing at all, and the same audio 10 dB louder as "next"; a usual voice made 10 or 20 dB
 * louder, or softer, is heard worse in noise (bench voice, hiss and people talking at 10 dB). So only
 * a voice well below a usual level is raised, and only to it: ALS often takes a voice's strength, and
 * a microphone may stand far away or be turned down.
 */
public final class UsualLevel {
    /** A usual voice's loudest 50 ms, near a microphone: FreeTTS and espeak-ng between −18 and −13 dBFS. */
    static final double USUAL_LOUDEST_DBFS = -16;
    /** A voice whose loudest 50 ms stay this far below that is raised. */
    static final double SOFT_BELOW_DB = 12;
    /** At most this much louder (a voice at −56 dBFS, where speech is still found): no hiss is raised into speech. */
    static final double MAX_GAIN_DB = 40;
    private static final int WINDOW = 800;
    private static final int HOP = 160;

    private UsualLevel() {
    }

    /**
     * How many times louder the first {@code length} samples of {@code pcm} must be for their loudest 50 ms
     * to stand at a usual level: 1 unless they are a weak voice (see {@link #SOFT_BELOW_DB}).
     */
    public static double gain(short[] pcm, int length) {
        double loudest = 0;
        for (int start = 0; start + WINDOW <= length; start += HOP) {
            double sum = 0;
            for (int i = start; i < start + WINDOW; i++) {
                sum += (double) pcm[i] * pcm[i];
            }
            loudest = Math.max(loudest, sum / WINDOW);
        }
        double loudestDbfs = 10 * Math.log10(Math.max(loudest, 1) / (32768.0 * 32768.0));
        return loudestDbfs < USUAL_LOUDEST_DBFS - SOFT_BELOW_DB
                ? Math.pow(10, Math.min(MAX_GAIN_DB, USUAL_LOUDEST_DBFS - loudestDbfs) / 20) : 1;
    }

    /** The first {@code length} samples of {@code pcm} made {@code gain} times louder, a click's peak clipped. */
    public static short[] raised(short[] pcm, int length, double gain) {
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(pcm[i] * gain)));
        }
        return out;
    }
}
