package nl.verteller.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;

/** Shared rules for tests that show real windows. */
final class GuiTests {
    private GuiTests() {
    }

    /** Fails clearly when there is no display, instead of skipping the screen tests in silence. */
    static void requireDisplay() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("the screen tests need a display: run them as the README says (xvfb-run)")
                .isFalse();
    }
}
