package nl.verteller.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.verteller.audio.AudioFiles;
import nl.verteller.config.Config;
import nl.verteller.content.ContentException;
import nl.verteller.content.Language;
import nl.verteller.content.LeafletParser;
import nl.verteller.ownwords.ProfileStore;

/**
 * The readers of files a clinic (or someone who means harm) can hand the kiosk, each with its
 * contract: what it may throw for bad input. Anything else it throws (a runtime exception, a stack
 * overflow, running out of memory) is a crash, and the fuzzers ({@code bench fuzz} and the Jazzer
 * tests) report it.
 */
public enum FuzzTarget {
    /** A leaflet: parsed, or refused with a {@link ContentException}. */
    MARKDOWN {
        @Override
        public void feed(byte[] input, Path scratch) {
            try {
                new LeafletParser().parse("fuzz", Language.EN, new String(input, StandardCharsets.UTF_8));
            } catch (ContentException refused) {
                // Named and skipped: the contract.
            }
        }

        @Override
        List<byte[]> seeds() {
            return texts("# Title\n\n## One\n\nA sentence. Another one.\n\n## Two\n\n- a list\n- *with* **emphasis**\n",
                    "## Deep\n\n" + ">".repeat(300) + " text\n", "## Deep\n\n" + "*a ".repeat(300) + "\n",
                    "## Links\n\n[a](b) ![c](d) <html><img src=\"http://127.0.0.1/\"> `code`\n",
                    "Text before.\n\n### Three\n\n> quote\n>\n> 1. one\n>    2. two\n");
        }
    },

    /** A settings file: every line read or named; never throws. */
    SETTINGS {
        @Override
        public void feed(byte[] input, Path scratch) {
            Config.read("fuzz", input).get(Config.KIOSK_ADMIN_PIN);
        }

        @Override
        List<byte[]> seeds() {
            return texts("# kiosk\nlanguage.start = en\naccess.scan: auto\nui.text.size 40\n",
                    "kiosk.admin.pin = pbkdf2-sha256:210000:AAAAAAAAAAAAAAAAAAAAAA:"
                            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
                    "a = b\\\n  continued\\u0041\nbad = \\uZZZZ\n\uFEFFvoice.enabled=false\r\n");
        }
    },

    /** A profile file: profiles read, or an {@link IOException} that names the file. */
    PROFILES {
        @Override
        public void feed(byte[] input, Path scratch) throws IOException {
            Path file = scratch.resolve("profiles.json");
            Files.write(file, input);
            try {
                new ProfileStore(file).load();
            } catch (IOException refused) {
                // Named: the contract.
            }
        }

        @Override
        List<byte[]> seeds() {
            return texts("{\"profiles\":{\"anna\":{\"words\":[{\"command\":\"NEXT_CHAPTER\",\"phrases\":[\"verder\"]}]}}}",
                    "{}", "[]", "{\"profiles\":{\"x\":{\"words\":[{}]}}}");
        }
    },

    /** A recording (a take, a file to recognize): samples, or an {@link IOException} that names it. */
    WAV {
        @Override
        public void feed(byte[] input, Path scratch) {
            try {
                AudioFiles.read16kMono("fuzz.wav", new ByteArrayInputStream(input));
            } catch (IOException refused) {
                // Named: the contract.
            }
        }

        @Override
        List<byte[]> seeds() {
            return List.of(wav(16_000, 1, 800), wav(44_100, 2, 300), wav(8000, 1, 0));
        }
    };

    /**
     * Gives {@code input} to this reader, as a file would.
     *
     * @param scratch a folder the target may write its file into
     * @throws IOException only when the scratch folder itself fails
     */
    public abstract void feed(byte[] input, Path scratch) throws IOException;

    /** The target of that name, in any case ("markdown", "WAV"). */
    public static Optional<FuzzTarget> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Well-formed and nearly broken inputs to start from. */
    abstract List<byte[]> seeds();

    private static List<byte[]> texts(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** A 16-bit PCM WAV of {@code frames} frames of a quiet ramp. */
    static byte[] wav(int rate, int channels, int frames) {
        int dataBytes = frames * channels * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2))
                .putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < frames * channels; i++) {
            wav.putShort((short) (i * 37 % 2000 - 1000));
        }
        return wav.array();
    }
}
