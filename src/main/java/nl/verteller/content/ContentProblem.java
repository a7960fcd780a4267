package nl.verteller.content;

import java.nio.file.Path;

/**
 * A content file that could not be used, or was used with a guess, and why, in words a clinic
 * technician can act on.
 *
 * @param file    the file (or folder) concerned
 * @param reason  what is wrong with it
 * @param skipped true when the file was left out; false when it is shown as the kiosk understood it
 *                (a leaflet without {@code ##} chapters), which staff should still look at
 */
public record ContentProblem(Path file, String reason, boolean skipped) {
    /** A file left out. */
    public ContentProblem(Path file, String reason) {
        this(file, reason, true);
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
