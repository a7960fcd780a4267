package nl.verteller.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where this copy of Verteller keeps its data and settings, so that the default paths ({@code content},
 * {@code models}, {@code profiles.json}) mean the same folder wherever the program is started.
 *
 * <p>The home folder is the first of:
 * <ol>
 *   <li>the system property {@code verteller.home} (the Debian package's launcher: {@code /var/lib/verteller});</li>
 *   <li>the source checkout, when the program runs from its {@code target/} folder (the jar or the
 *       classes) and {@code pom.xml} is beside it: {@code java -jar target/verteller.jar} works from
 *       any folder;</li>
 *   <li>the working folder, as for a jar copied next to its {@code content/} and {@code models/}.</li>
 * </ol>
 * The settings file is the system property {@code verteller.config} (the package:
 * {@code /etc/verteller/verteller.properties}), else {@code verteller.properties} in the home folder.
 *
 * @param home     the folder that relative default paths are taken from
 * @param settings the settings file read when no {@code --config} is given
 */
public record Installation(Path home, Path settings) {
    /** The system property naming the home folder. */
    public static final String HOME_PROPERTY = "verteller.home";
    /** The system property naming the default settings file. */
    public static final String CONFIG_PROPERTY = "verteller.config";

    private static final Installation CURRENT = find();

    /** This program's installation, found once. */
    public static Installation current() {
        return CURRENT;
    }

    private static Installation find() {
        Path home = property(HOME_PROPERTY).or(Installation::checkout)
                .orElseGet(() -> Path.of("").toAbsolutePath());
        Path settings = property(CONFIG_PROPERTY).orElseGet(() -> home.resolve("verteller.properties"));
        return new Installation(home, settings);
    }

    private static Optional<Path> property(String name) {
        String value = System.getProperty(name, "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value).toAbsolutePath());
    }

    /** The checkout this code runs from: {@code <checkout>/target/verteller.jar} or {@code target/classes}. */
    static Optional<Path> checkout() {
        return codeLocation().flatMap(Installation::checkoutOf);
    }

    static Optional<Path> checkoutOf(Path code) {
        Path target = code.getParent();
        if (target == null || target.getFileName() == null || !target.getFileName().toString().equals("target")) {
            return Optional.empty();
        }
        Path checkout = target.getParent();
        return checkout != null && Files.isRegularFile(checkout.resolve("pom.xml")) ? Optional.of(checkout)
                : Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        CodeSource source = Installation.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
