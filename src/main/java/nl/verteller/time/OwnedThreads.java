package nl.verteller.time;

/** Starting and stopping the threads that parts of the kiosk own (microphone, recognizer, narrator). */
public final class OwnedThreads {
    private static final long STOP_MILLIS = 2000;

    private OwnedThreads() {
    }

    /** A daemon thread: the kiosk's parts never keep the JVM alive when the window has closed. */
    public static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Interrupts {@code thread} and waits up to 2 s for it to end; false when it is still running (it
     * then frees what it uses itself, as it ends: the caller must not).
     */
    public static boolean stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
