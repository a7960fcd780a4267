package nl.verteller.audio;

/**
 * A sink in which what is played is heard at once (memory, a timer, a test's recorder): nothing is
 * ever pending, so discard and drain have nothing to do, and it holds no device to close.
 */
public abstract class InstantSink implements AudioSink {
    private final String description;

    protected InstantSink(String description) {
        this.description = description;
    }

    @Override
    public int pendingSamples() {
        return 0;
    }

    @Override
    public void discard() {
        // Nothing is pending: what was played was heard.
    }

    @Override
    public void drain() throws InterruptedException {
        // Nothing is pending.
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // Holds no device.
    }
}
