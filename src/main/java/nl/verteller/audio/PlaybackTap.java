package nl.verteller.audio;

/**
 * Sees the samples the speaker really plays (after volume), for echo cancellation. Called on the
 * thread that plays ({@code audio-out}): it must not block and should not allocate.
 */
public interface PlaybackTap {
    /** For a sink that nobody listens to. */
    PlaybackTap NONE = new PlaybackTap() {
        @Override
        public void playing(short[] pcm, int offset, int count, int sampleRate, int pendingSamples) {
        }

        @Override
        public void discarded() {
        }
    };

    /**
     * {@code count} samples at {@code sampleRate} are about to go to the device, behind
     * {@code pendingSamples} already waiting in its buffer.
     */
    void playing(short[] pcm, int offset, int count, int sampleRate, int pendingSamples);

    /** Samples handed over but not yet heard were dropped (pause, skip). */
    void discarded();
}
