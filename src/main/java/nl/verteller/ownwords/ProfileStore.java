package nl.verteller.ownwords;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import nl.verteller.kiosk.Command;

/**
 * All profiles in one local JSON file:
 * {@code {"profiles":{"anna":{"READ":["powder"],…,"_sounds":{"READ":{"limit":…,"noisyLimit":…,"spectra":[[[[…],…],…],…]}},
 * "_unkept":[{"tried":"CHAPTER 4","spectra":…},…]}}}: per command the strings heard and the templates of
 * the takes and of their noisy and reverberant copies (per take, per variant, per 10 ms frame, the energy
 * in 26 mel bands; never audio; a profile written before these were kept has the features instead,
 * "takes" and "copies"), and the templates of takes heard while teaching and not kept
 * ({@link UnkeptTakes}; a profile written before them has none). The file is readable by the kiosk's user only (mode 0600) and written whole
 * to a temporary file that is moved into place, so a crash never leaves half a file. Changes are made
 * under a lock on a file beside it (read, merge, write), so two enrolments at once, from the screen and
 * the command line, or two command lines, never lose a word. A file that is not a profile file is
 * named in the message.
 */
public final class ProfileStore {
    private static final String SOUNDS = "_sounds";
    private static final String UNKEPT = "_unkept";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** One change at a time within this process; the file lock keeps other processes out. */
    private static final ReentrantLock CHANGING = new ReentrantLock();

    private final Path file;

    public ProfileStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Every stored profile, by name; none when the file does not exist yet. */
    public Map<String, Profile> load() throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not a profile file: it is not UTF-8 text", e);
        }
        try {
            JsonObject root = Json.parse(text).asObject();
            Map<String, Profile> profiles = new TreeMap<>();
            JsonValue all = root.get("profiles");
            if (all != null) {
                for (JsonObject.Member member : all.asObject()) {
                    profiles.put(member.getName(), profile(member.getName(), member.getValue().asObject()));
                }
            }
            return profiles;
        } catch (RuntimeException e) {
            // Not JSON (ParseException is a RuntimeException), or any shape the file should not have (a
            // missing field, a string for a number, an object where a list belongs): the file named,
            // never a crash of the kiosk or the command line.
            throw new IOException(file + " is not a profile file: " + e, e);
        }
    }

    private static Profile profile(String name, JsonObject object) throws IOException {
        Map<Command, List<String>> words = new LinkedHashMap<>();
        Map<Command, OwnWord> sounds = new LinkedHashMap<>();
        List<UnkeptTakes> unkept = new ArrayList<>();
        for (JsonObject.Member member : object) {
            if (member.getName().equals(SOUNDS)) {
                for (JsonObject.Member sound : member.getValue().asObject()) {
                    sounds.put(command(sound.getName()), ownWord(sound.getValue().asObject()));
                }
                continue;
            }
            if (member.getName().equals(UNKEPT)) {
                for (JsonValue takes : member.getValue().asArray()) {
                    unkept.add(new UnkeptTakes(command(takes.asObject().get("tried").asString()),
                            templates(takes.asObject())));
                }
                continue;
            }
            List<String> strings = new ArrayList<>();
            member.getValue().asArray().forEach(value -> strings.add(value.asString()));
            words.put(command(member.getName()), strings);
        }
        return new Profile(name, words, sounds, unkept);
    }

    private static Command command(String token) throws IOException {
        return Command.parse(token)
                .orElseThrow(() -> new IOException("a profile has an unknown command " + token));
    }

    private static OwnWord ownWord(JsonObject object) {
        double limit = object.get("limit").asDouble();
        // A profile taught before the limit in noise was learnt keeps its one limit.
        JsonValue noisyLimit = object.get("noisyLimit");
        // One taught before the limit for dry speech was learnt keeps the limit for clear speech there.
        JsonValue dryLimit = object.get("dryLimit");
        return new OwnWord(templates(object), limit, noisyLimit == null ? limit : noisyLimit.asDouble(),
                dryLimit == null ? limit : dryLimit.asDouble());
    }

    /** The templates in {"spectra":…}, or, written before those were kept, in {"takes":…,"copies":…}. */
    private static List<Template> templates(JsonObject object) {
        JsonValue spectra = object.get("spectra");
        if (spectra != null) {
            List<Template> templates = new ArrayList<>();
            for (JsonValue take : spectra.asArray()) {
                List<float[][]> variants = new ArrayList<>();
                take.asArray().forEach(variant -> variants.add(frames(variant)));
                templates.add(Template.ofSpectra(variants));
            }
            return templates;
        }
        JsonArray takes = object.get("takes").asArray();
        JsonValue copies = object.get("copies");
        List<Template> templates = new ArrayList<>();
        for (int t = 0; t < takes.size(); t++) {
            List<float[][]> copiesOfTake = new ArrayList<>();
            if (copies != null && t < copies.asArray().size()) {
                copies.asArray().get(t).asArray().forEach(copy -> copiesOfTake.add(frames(copy)));
            }
            templates.add(new Template(frames(takes.get(t)), copiesOfTake));
        }
        return templates;
    }

    private static float[][] frames(JsonValue take) {
        JsonArray rows = take.asArray();
        float[][] frames = new float[rows.size()][];
        for (int f = 0; f < frames.length; f++) {
            JsonArray row = rows.get(f).asArray();
            frames[f] = new float[row.size()];
            for (int d = 0; d < frames[f].length; d++) {
                frames[f][d] = row.get(d).asFloat();
            }
        }
        return frames;
    }

    public Optional<Profile> find(String name) throws IOException {
        return name.equals(Profile.GUEST) ? Optional.of(Profile.guest()) : Optional.ofNullable(load().get(name));
    }

    /** Stores {@code profile}, replacing one of the same name. */
    public void save(Profile profile) throws IOException {
        change(all -> {
            all.put(profile.name(), profile);
            return true;
        });
    }

    /**
     * Changes one profile as it is on disk now (an empty one when there is none), under the lock, and
     * returns what was stored: for an enrolment, {@code change} merges the newly taught word into it.
     */
    public Profile update(String name, UnaryOperator<Profile> change) throws IOException {
        Profile[] stored = new Profile[1];
        change(all -> {
            stored[0] = change.apply(all.getOrDefault(name, new Profile(name, Map.of())));
            all.put(name, stored[0]);
            return true;
        });
        return stored[0];
    }

    /** Removes the profile; false when there was none. */
    public boolean delete(String name) throws IOException {
        boolean[] removed = new boolean[1];
        change(all -> {
            removed[0] = all.remove(name) != null;
            return removed[0];
        });
        return removed[0];
    }

    private interface Change {
        /** Changes the profiles in place; false when nothing changed. */
        boolean apply(Map<String, Profile> all);
    }

    private void change(Change change) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path lockFile = parent.resolve(file.getFileName() + ".lock");
        CHANGING.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Map<String, Profile> all = new TreeMap<>(load());
            if (change.apply(all)) {
                write(all, parent);
            }
        } finally {
            CHANGING.unlock();
        }
    }

    private void write(Map<String, Profile> all, Path parent) throws IOException {
        JsonObject profiles = new JsonObject();
        all.forEach((name, profile) -> profiles.add(name, json(profile)));
        Path temp = posix() ? Files.createTempFile(parent, "profiles", ".tmp", ownerOnly())
                : Files.createTempFile(parent, "profiles", ".tmp");
        Files.writeString(temp, new JsonObject().add("profiles", profiles).toString(), StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        if (posix()) {
            // A file made by an older version, or copied in, may have been readable by others.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static JsonArray json(float[][] frames) {
        JsonArray rows = new JsonArray();
        for (float[] frame : frames) {
            JsonArray row = new JsonArray();
            for (float value : frame) {
                // Two decimals: features normalised to variance 1, or log energies (0.01: 1 %); finer says nothing more.
                row.add(Math.round(value * 100) / 100f);
            }
            rows.add(row);
        }
        return rows;
    }

    private static JsonObject json(Profile profile) {
        JsonObject words = new JsonObject();
        profile.words().forEach((command, strings) -> {
            JsonArray list = new JsonArray();
            strings.forEach(list::add);
            words.add(command.token(), list);
        });
        if (!profile.sounds().isEmpty()) {
            JsonObject sounds = new JsonObject();
            profile.sounds().forEach((command, word) -> sounds.add(command.token(),
                    json(new JsonObject().add("limit", word.limit()).add("noisyLimit", word.noisyLimit())
                            .add("dryLimit", word.dryLimit()),
                            word.templates())));
            words.add(SOUNDS, sounds);
        }
        if (!profile.unkept().isEmpty()) {
            JsonArray unkept = new JsonArray();
            profile.unkept().forEach(takes -> unkept.add(
                    json(new JsonObject().add("tried", takes.triedFor().token()), takes.templates())));
            words.add(UNKEPT, unkept);
        }
        return words;
    }

    /**
     * {@code object} with {@code templates} added as "spectra" (per take, per variant, see {@link
     * Template#spectra}: the features follow from them), or as "takes" and "copies" for templates kept
     * without them.
     */
    private static JsonObject json(JsonObject object, List<Template> templates) {
        if (templates.stream().noneMatch(template -> template.spectra().isEmpty())) {
            JsonArray spectra = new JsonArray();
            for (Template template : templates) {
                JsonArray variants = new JsonArray();
                template.spectra().forEach(variant -> variants.add(json(variant)));
                spectra.add(variants);
            }
            return object.add("spectra", spectra);
        }
        JsonArray takes = new JsonArray();
        JsonArray copies = new JsonArray();
        for (Template template : templates) {
            takes.add(json(template.frames()));
            JsonArray copiesOfTake = new JsonArray();
            template.copies().forEach(copy -> copiesOfTake.add(json(copy)));
            copies.add(copiesOfTake);
        }
        return object.add("takes", takes).add("copies", copies);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }
}
