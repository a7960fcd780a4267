package nl.verteller.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verteller.content.FileReasons;

/** Writes 16-bit mono PCM as a WAV file. Used only for files a user asked for on the command line. */
public final class WavWriter {
    private WavWriter() {
    }

    /**
     * Makes sure {@code file} can be written (its folder made if need be) before any work goes into
     * what it will hold; a minute of synthesis should not end in "permission denied".
     *
     * @throws IOException naming the file and why it cannot be written
     */
    public static void checkWritable(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (Files.isDirectory(file)) {
                throw new IOException(file + " is a folder");
            }
            if (Files.exists(file) ? !Files.isWritable(file) : parent != null && !Files.isWritable(parent)) {
                throw new AccessDeniedException(file.toString());
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + file + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + file + ": " + FileReasons.of(e), e);
        }
    }

    public static void write(Path file, int sampleRate, short[] pcm, int length) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        int dataBytes = length * 2;
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        ByteBuffer data = ByteBuffer.allocate(dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        data.asShortBuffer().put(pcm, 0, length);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(header.array());
            out.write(data.array());
        }
    }
}
