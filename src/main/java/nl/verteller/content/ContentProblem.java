package nl.verteller.content;

import java.nio.file.Path;

/**
 * A content file that could not be used, and why, in words a clinic technician can act on.
 *
 * @param file   the file (or folder) concerned
 * @param reason what is wrong with it
 */
public record ContentProblem(Path file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
