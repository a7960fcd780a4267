package nl.verteller.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test says what it needs, so {@code mvn test -Dgroups=fast} leaves out exactly the tests that
 * need a display, a sound server, the model or minutes, and a new test cannot drop out of it unseen.
 */
@Fast
class TagsTest {
    private static final Set<String> NEEDS = Set.of("gui", "sound", "model", "slow");

    @Test
    void everyTestIsEitherFastOrNamesWhatItNeeds() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : testClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(method, Testable.class)) {
                    Set<String> tags = tags(type, method);
                    boolean needs = tags.stream().anyMatch(NEEDS::contains);
                    if (tags.contains("fast") == needs) {
                        wrong.add(type.getSimpleName() + "." + method.getName() + " " + tags);
                    }
                }
            }
        }
        assertThat(wrong).as("tests tagged neither @Fast nor with what they need (@Gui, @Sound, @Model, @Slow) or both")
                .isEmpty();
    }

    @Test
    void seesAllTheTestClasses() throws Exception {
        List<Class<?>> classes = testClasses();
        assertThat(classes).contains(TagsTest.class).hasSizeGreaterThan(50);
        assertThat(classes.stream().map(Class::getPackageName).distinct()).as("packages").hasSizeGreaterThan(5);
    }

    /** Tags on the method, its class and the classes around it (JUnit inherits them all). */
    private static Set<String> tags(Class<?> type, Method method) {
        Set<String> tags = new TreeSet<>();
        AnnotationSupport.findRepeatableAnnotations(method, Tag.class).forEach(tag -> tags.add(tag.value()));
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            AnnotationSupport.findRepeatableAnnotations(c, Tag.class).forEach(tag -> tags.add(tag.value()));
        }
        return tags;
    }

    /** The compiled test classes beside this one. */
    private static List<Class<?>> testClasses() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(TagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, TagsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load test class " + name, e);
                }
            }
        }
        return classes;
    }
}
