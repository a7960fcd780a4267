package nl.verteller.voice;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.verteller.kiosk.Command;

/**
 * All profiles in one local JSON file: {@code {"profiles":{"anna":{"READ":["powder"],…}}}}. Written
 * whole to a temporary file and moved into place, so a crash never leaves half a file.
 */
public final class ProfileStore {
    private final Path file;

    public ProfileStore(Path file) {
        this.file = file;
    }

    /** Every stored profile, by name; none when the file does not exist yet. */
    public Map<String, Profile> load() throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            JsonObject root = Json.parse(Files.readString(file, StandardCharsets.UTF_8)).asObject();
            Map<String, Profile> profiles = new TreeMap<>();
            JsonValue all = root.get("profiles");
            if (all != null) {
                for (JsonObject.Member member : all.asObject()) {
                    profiles.put(member.getName(), profile(member.getName(), member.getValue().asObject()));
                }
            }
            return profiles;
        } catch (ParseException | UnsupportedOperationException e) {
            throw new IOException(file + " is not a profile file: " + e.getMessage(), e);
        }
    }

    private static Profile profile(String name, JsonObject object) throws IOException {
        Map<Command, List<String>> words = new LinkedHashMap<>();
        for (JsonObject.Member member : object) {
            Command command = Command.parse(member.getName())
                    .orElseThrow(() -> new IOException("profile " + name + " has an unknown command " + member.getName()));
            List<String> strings = new ArrayList<>();
            member.getValue().asArray().forEach(value -> strings.add(value.asString()));
            words.put(command, strings);
        }
        return new Profile(name, words);
    }

    public Optional<Profile> find(String name) throws IOException {
        return name.equals(Profile.GUEST) ? Optional.of(Profile.guest()) : Optional.ofNullable(load().get(name));
    }

    /** Stores {@code profile}, replacing one of the same name. */
    public void save(Profile profile) throws IOException {
        Map<String, Profile> all = new TreeMap<>(load());
        all.put(profile.name(), profile);
        write(all);
    }

    /** Removes the profile; false when there was none. */
    public boolean delete(String name) throws IOException {
        Map<String, Profile> all = new TreeMap<>(load());
        boolean removed = all.remove(name) != null;
        if (removed) {
            write(all);
        }
        return removed;
    }

    private void write(Map<String, Profile> all) throws IOException {
        JsonObject profiles = new JsonObject();
        all.forEach((name, profile) -> {
            JsonObject words = new JsonObject();
            profile.words().forEach((command, strings) -> {
                JsonArray list = new JsonArray();
                strings.forEach(list::add);
                words.add(command.token(), list);
            });
            profiles.add(name, words);
        });
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "profiles", ".tmp");
        Files.writeString(temp, new JsonObject().add("profiles", profiles).toString(), StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
