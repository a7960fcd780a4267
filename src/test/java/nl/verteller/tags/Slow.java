package nl.verteller.tags;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that needs no display, sound server or model but takes long (it synthesises minutes of speech,
 * or starts Jazzer, whose agent alone takes some 15 s): left out of the fast group to keep that under a
 * minute.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
