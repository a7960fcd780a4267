package nl.verteller.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the content folder holds, as far as loading it is concerned: every entry of the folder and of
 * its language folders with size and modification time, or why the folder cannot be read. Two equal
 * listings load the same library. Cheap enough to take every second, also on a network share.
 *
 * @param entries one line per entry ("nl/als.md 5120 2026-12-01T21:14:34.123456789Z"), or one line saying why none
 */
record ContentListing(List<String> entries) {
    static ContentListing of(Path folder) {
        List<String> entries = new ArrayList<>();
        try {
            for (Path entry : sorted(folder)) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                entries.add(line(folder, entry, attributes));
                if (attributes.isDirectory()) {
                    for (Path file : sorted(entry)) {
                        entries.add(line(folder, file, Files.readAttributes(file, BasicFileAttributes.class)));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            // Missing as a whole, or a file went away while looking: either way, look again later.
            return new ContentListing(List.of("missing: " + e.getFile()));
        } catch (IOException | RuntimeException e) {
            return new ContentListing(List.of("unreadable: " + e));
        }
        return new ContentListing(List.copyOf(entries));
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static String line(Path folder, Path entry, BasicFileAttributes attributes) {
        return folder.relativize(entry) + " " + attributes.size() + " " + attributes.lastModifiedTime();
    }
}
