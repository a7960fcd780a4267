package nl.verteller.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.tags.Fast;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Switch timing and dwell in virtual time. */
@Fast
class SwitchAndDwellTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<String> activated = new ArrayList<>();

    @Test
    void aPressShorterThanTheAcceptanceTimeIsIgnored() {
        int[] presses = {0};
        SwitchFilter filter = new SwitchFilter(clock, 200, 0, () -> presses[0]++);
        filter.down();
        clock.advance(150);
        filter.up();
        assertThat(presses[0]).as("a tremor's touch").isZero();
        filter.down();
        clock.advance(200);
        assertThat(presses[0]).as("held long enough: counts while still held").isEqualTo(1);
        filter.up();
    }

    @Test
    void aSecondPressWithinTheRepeatTimeIsIgnored() {
        int[] presses = {0};
        SwitchFilter filter = new SwitchFilter(clock, 0, 500, () -> presses[0]++);
        filter.down();
        filter.up();
        clock.advance(300);
        filter.down();
        filter.up();
        assertThat(presses[0]).isEqualTo(1);
        clock.advance(300);
        filter.down();
        filter.up();
        assertThat(presses[0]).isEqualTo(2);
    }

    @Test
    void dwellShowsProgressFiresOnceAndNeedsTheTargetLeftBeforeFiringAgain() {
        List<Double> progress = new ArrayList<>();
        FakeTarget read = new FakeTarget("read", activated);
        Dwell dwell = new Dwell(clock, 1250, (target, fraction) -> progress.add(fraction));
        dwell.setRunning(true);
        dwell.entered(read);
        clock.advance(600);
        assertThat(progress).isNotEmpty().allMatch(p -> p > 0 && p < 1);
        assertThat(progress.get(progress.size() - 1)).isCloseTo(0.48, Offset.offset(0.05));
        clock.advance(700);
        assertThat(activated).containsExactly("read");
        clock.advance(5000);
        assertThat(activated).as("resting on does not fire again").containsExactly("read");
        dwell.left(read);
        dwell.entered(read);
        clock.advance(1250);
        assertThat(activated).containsExactly("read", "read");
    }

    @Test
    void movingOffCancelsTheDwell() {
        List<Double> progress = new ArrayList<>();
        FakeTarget read = new FakeTarget("read", activated);
        Dwell dwell = new Dwell(clock, 1250, (target, fraction) -> progress.add(fraction));
        dwell.setRunning(true);
        dwell.entered(read);
        clock.advance(1000);
        dwell.left(read);
        clock.advance(2000);
        assertThat(activated).isEmpty();
        assertThat(progress.get(progress.size() - 1)).as("the ring is cleared").isZero();
    }

    @Test
    void pausedDwellPressesNothingAndPausingCancelsTheDwellUnderWay() {
        FakeTarget read = new FakeTarget("read", activated);
        Dwell dwell = new Dwell(clock, 1250, (target, fraction) -> { });
        dwell.entered(read);
        clock.advance(2000);
        assertThat(activated).as("paused, as it starts").isEmpty();
        dwell.setRunning(true);
        dwell.entered(read);
        clock.advance(1000);
        dwell.setRunning(false);
        clock.advance(2000);
        assertThat(activated).isEmpty();
    }
}
