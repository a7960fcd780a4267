package nl.verteller.app;

import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the tests' PulseAudio ({@link PulseLoop}) before the first test of a run that holds a
 * {@code @Sound} test. Java Sound looks for devices once per JVM: had any test touched it before the
 * server ran, the kiosk in the sound tests would find no speaker and no microphone, ever. Registered
 * in {@code META-INF/services}.
 */
public final class PulseLoopListener implements TestExecutionListener {
    private static final TestTag SOUND = TestTag.create("sound");

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (plan.countTestIdentifiers(test -> test.isTest() && test.getTags().contains(SOUND)) == 0) {
            return;
        }
        try {
            PulseLoop.requireRunning();
        } catch (Exception | AssertionError e) {
            // The sound tests say it again, each in its own failure.
            System.err.println("The tests' PulseAudio did not start: " + e.getMessage());
        }
    }
}
