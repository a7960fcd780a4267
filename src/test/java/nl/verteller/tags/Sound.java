package nl.verteller.tags;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that plays into and listens to a sound server: the tests' own PulseAudio voice loop
 * ({@code nl.verteller.app.PulseLoop}), in the folder that {@code pom.xml} gives as {@code PULSE_RUNTIME_PATH}.
 * The tag is what starts it before the run's first test ({@code PulseLoopListener}): Java Sound looks
 * for devices only once per JVM.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("sound")
public @interface Sound {
}
