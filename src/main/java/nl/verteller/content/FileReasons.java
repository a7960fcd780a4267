package nl.verteller.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words a technician can act on: "permission denied",
 * "it does not exist", not the exception's bare path (which is all {@code AccessDeniedException}
 * says).
 */
public final class FileReasons {
    private FileReasons() {
    }

    /** The reason behind {@code failure}, without the file's name (the caller names the file). */
    public static String of(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (failure instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (failure instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
