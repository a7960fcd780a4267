package nl.verteller.voice;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The words a Vosk model knows, so a phrase with an unknown word is reported by name instead of
 * being dropped from the grammar in silence. Read from {@code graph/words.txt} when the model has
 * one, else from the word symbol table inside {@code graph/Gr.fst} (OpenFst's binary header).
 */
public final class ModelVocabulary {
    private static final int FST_MAGIC = 2125659606;
    private static final int SYMBOLS_MAGIC = 2125658996;
    private static final int HAS_INPUT_SYMBOLS = 1;

    private final Set<String> words;

    private ModelVocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static ModelVocabulary of(Set<String> words) {
        return new ModelVocabulary(words);
    }

    /** The vocabulary of the model in {@code modelDir}. */
    public static ModelVocabulary load(Path modelDir) throws IOException {
        Path list = modelDir.resolve("graph").resolve("words.txt");
        if (Files.isRegularFile(list)) {
            Set<String> words = new HashSet<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (!parts[0].isEmpty()) {
                    words.add(parts[0]);
                }
            }
            return new ModelVocabulary(words);
        }
        Path grammar = modelDir.resolve("graph").resolve("Gr.fst");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(grammar))) {
            return new ModelVocabulary(fstSymbols(new DataInputStream(in), grammar));
        }
    }

    private static Set<String> fstSymbols(DataInputStream in, Path file) throws IOException {
        if (int32(in) != FST_MAGIC) {
            throw new IOException(file + " is not an OpenFst file");
        }
        string(in);
        string(in);
        int32(in);
        int flags = int32(in);
        in.skipNBytes(8 * 4);
        if ((flags & HAS_INPUT_SYMBOLS) == 0) {
            throw new IOException(file + " has no word list");
        }
        if (int32(in) != SYMBOLS_MAGIC) {
            throw new IOException(file + " has a damaged word list");
        }
        string(in);
        int64(in);
        long size = int64(in);
        Set<String> words = new HashSet<>();
        for (long i = 0; i < size; i++) {
            words.add(string(in));
            int64(in);
        }
        return words;
    }

    private static int int32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long int64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }

    private static String string(DataInputStream in) throws IOException {
        int length = int32(in);
        if (length < 0 || length > 1 << 20) {
            throw new IOException("damaged word list entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    public boolean knows(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }
}
