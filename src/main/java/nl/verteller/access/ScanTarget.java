package nl.verteller.access;

/** Something the scan can highlight and a switch can choose: a button on screen. */
public interface ScanTarget {
    /** Shows or hides the scan highlight on it. */
    void highlight(boolean on);

    /** Does what touching it would do. */
    void activate();

    /** A name for tests and logs. */
    String id();

    /** The word to say for it when scanning is auditory; its name by default. */
    default String word() {
        return id();
    }
}
