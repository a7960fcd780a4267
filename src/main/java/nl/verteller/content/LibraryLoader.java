package nl.verteller.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the content folder: {@code <dir>/<lang>/<id>.md} leaflets and
 * {@code <dir>/<lang>/pronunciation.properties}. A bad file is reported with its path and reason and
 * skipped; every other file still loads.
 */
public final class LibraryLoader {
    /** Larger files are refused: a leaflet is a few pages, a huge file is a mistake. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLoader.class);

    private final LeafletParser parser = new LeafletParser();

    /** Loads everything below {@code contentDir}; never throws for bad content. */
    public Library load(Path contentDir) {
        List<Leaflet> leaflets = new ArrayList<>();
        Map<Language, Pronunciation> pronunciations = new EnumMap<>(Language.class);
        List<ContentProblem> problems = new ArrayList<>();
        Path root = realFolder(contentDir, problems);
        if (root != null) {
            for (Path folder : list(contentDir, problems)) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                String name = folder.getFileName().toString();
                Language.fromCode(name).ifPresentOrElse(
                        language -> loadLanguage(root, folder, language, leaflets, pronunciations, problems),
                        () -> problems.add(new ContentProblem(folder, "not a language folder (use one of "
                                + List.of(Language.values()) + ")")));
            }
        }
        problems.forEach(problem -> LOG.warn("Content skipped: {}", problem));
        return new Library(leaflets, pronunciations, problems);
    }

    /** The content folder with links resolved, or null (with the problem) when it is not there. */
    private static Path realFolder(Path contentDir, List<ContentProblem> problems) {
        if (!Files.isDirectory(contentDir)) {
            problems.add(new ContentProblem(contentDir, "content folder not found"));
            return null;
        }
        try {
            return contentDir.toRealPath();
        } catch (IOException e) {
            problems.add(new ContentProblem(contentDir, "content folder cannot be read: " + FileReasons.of(e)));
            return null;
        }
    }

    private void loadLanguage(Path root, Path folder, Language language, List<Leaflet> leaflets,
            Map<Language, Pronunciation> pronunciations, List<ContentProblem> problems) {
        Path pronunciationFile = folder.resolve("pronunciation.properties");
        try {
            insideContent(root, pronunciationFile);
            pronunciations.put(language, Pronunciation.load(pronunciationFile));
        } catch (ContentException e) {
            problems.add(new ContentProblem(pronunciationFile, e.getMessage()));
        } catch (IOException e) {
            problems.add(new ContentProblem(pronunciationFile, "cannot read pronunciation list: " + FileReasons.of(e)));
        } catch (IllegalArgumentException e) {
            problems.add(new ContentProblem(pronunciationFile, "cannot read pronunciation list: " + e.getMessage()));
        }
        for (Path file : list(folder, problems)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md") && !Files.isDirectory(file)) {
                String id = name.substring(0, name.length() - ".md".length());
                try {
                    insideContent(root, file);
                    leaflets.add(parse(id, language, readText(file)));
                } catch (ContentException e) {
                    problems.add(new ContentProblem(file, e.getMessage()));
                }
            }
        }
    }

    /** The parser walks without recursion; this is the last guard should the Markdown library recurse. */
    private Leaflet parse(String id, Language language, String text) throws ContentException {
        try {
            return parser.parse(id, language, text);
        } catch (StackOverflowError e) {
            throw new ContentException("nested too deeply to read (quotes, lists or emphasis)");
        }
    }

    /**
     * Refuses a file whose link leads outside the content folder: a link to {@code /etc/passwd} named
     * {@code leaflet.md} must not be shown and read aloud. A missing file passes here and is named
     * by the read that follows.
     */
    private static void insideContent(Path root, Path file) throws ContentException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return;
        }
        if (!real.startsWith(root)) {
            throw new ContentException("links to " + real + ", outside the content folder " + root
                    + "; copy the file into the content folder instead");
        }
    }

    private static List<Path> list(Path folder, List<ContentProblem> problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder, "cannot list folder: " + FileReasons.of(e)));
            return List.of();
        }
    }

    /** The file as UTF-8 text, refusing files that are too large, unreadable or in another encoding. */
    static String readText(Path file) throws ContentException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ContentException("too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ContentException("cannot be read: it does not exist (a broken link?)");
        } catch (IOException e) {
            throw new ContentException("cannot be read: " + FileReasons.of(e));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ContentException("not UTF-8 text: save it as UTF-8");
        }
    }
}
