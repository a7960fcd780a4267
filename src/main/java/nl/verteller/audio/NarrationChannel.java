package nl.verteller.audio;


/**
 * The narrator's way into {@link AudioOut}: {@code play} hands a chunk to the audio-out thread,
 * waiting while two are queued, so the narrator stays a chunk or two ahead of the device as it did
 * writing to it itself; what is pending counts the queue and the narration still in the device.
 * Narrator thread only.
 */
final class NarrationChannel implements AudioSink {
    private final AudioOut out;

    NarrationChannel(AudioOut out) {
        this.out = out;
    }

    @Override
    public void play(short[] pcm, int offset, int count, int sampleRate) throws InterruptedException {
        out.queueNarration(pcm, offset, count, sampleRate);
    }

    @Override
    public int pendingSamples() {
        return out.narrationPending();
    }

    @Override
    public void discard() {
        try {
            out.discardNarration();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void drain() throws InterruptedException {
        out.drainNarration();
    }

    @Override
    public String description() {
        return out.description();
    }

    @Override
    public void close() {
        // The kiosk closes the audio out, after the narrator.
    }
}
