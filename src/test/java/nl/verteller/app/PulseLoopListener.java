package nl.verteller.app;

import javax.sound.sampled.AudioSystem;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the tests' PulseAudio ({@link PulseLoop}) before the first test of a run that holds a
 * {@code @Sound} test, and has Java Sound look for devices then. It looks once per JVM: had it looked
 * while no server ran, the kiosk in the sound tests would find no speaker and no microphone, ever.
 * Registered in {@code META-INF/services}.
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
            // Java Sound's one look, now that the loop runs: the server may go idle and come back later.
            AudioSystem.getMixerInfo();
        } catch (Exception | AssertionError e) {
            // The sound tests say it again, each in its own failure.
            System.err.println("The tests' PulseAudio did not start: " + e.getMessage());
        }
    }
}
