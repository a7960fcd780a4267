package nl.verteller.cli;

/** Wrong command-line arguments: the message says what, and the program exits with code 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
