package nl.verteller.content;

/** A leaflet file that cannot be used; the message says why in plain words. */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ContentException(String reason) {
        super(reason);
    }
}
