package nl.verteller.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verteller.bench.VirtualScheduler;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** Scanning in virtual time: nothing here waits for real time to pass. */
@Fast
class ScannerTest {
    private final VirtualScheduler clock = new VirtualScheduler();
    private final List<String> activated = new ArrayList<>();
    private final FakeTarget home = new FakeTarget("home", activated);
    private final FakeTarget help = new FakeTarget("help", activated);
    private final FakeTarget read = new FakeTarget("read", activated);
    private final FakeTarget next = new FakeTarget("next", activated);
    private final FakeTarget louder = new FakeTarget("louder", activated);
    private final List<List<ScanTarget>> screen = List.of(List.of(home, help), List.of(read, next, louder));
    private ScanTarget preferred = null;

    private Scanner scanner(Scanner.Mode mode) {
        return new Scanner(clock, mode, 1000, 3, () -> screen, () -> preferred);
    }

    @Test
    void autoScanMovesOverGroupsEveryStepAndAPressEntersAGroupThenChoosesAnItem() {
        Scanner scan = scanner(Scanner.Mode.AUTO);
        scan.select();
        assertThat(scan.highlightedGroup()).isZero();
        assertThat(home.lit && help.lit).isTrue();
        clock.advance(999);
        assertThat(scan.highlightedGroup()).isZero();
        clock.advance(1);
        assertThat(scan.highlightedGroup()).isEqualTo(1);
        assertThat(home.lit).isFalse();
        scan.select();
        assertThat(scan.highlightedItem()).isSameAs(read);
        clock.advance(1000);
        assertThat(scan.highlightedItem()).isSameAs(next);
        scan.select();
        assertThat(activated).containsExactly("next");
    }

    @Test
    void afterAChoiceItRestartsAtThePreferredTarget() {
        preferred = read;
        Scanner scan = scanner(Scanner.Mode.AUTO);
        scan.select();
        assertThat(scan.highlightedItem()).as("starts on Read/Pause").isSameAs(read);
        clock.advance(2000);
        scan.select();
        assertThat(activated).containsExactly("louder");
        assertThat(scan.highlightedItem()).isSameAs(read);
    }

    @Test
    void anUnchosenGroupHandsBackToTheGroupsAndTheScanStopsAfterItsRounds() {
        Scanner scan = scanner(Scanner.Mode.AUTO);
        scan.select();
        clock.advance(1000);
        scan.select();
        clock.advance(3000);
        assertThat(scan.highlightedItem()).as("one round of items, then the groups again").isNull();
        assertThat(scan.highlightedGroup()).isEqualTo(1);
        clock.advance(6000);
        assertThat(scan.scanning()).as("three rounds of the groups").isFalse();
        assertThat(List.of(home, help, read, next, louder)).noneMatch(t -> ((FakeTarget) t).lit);
        scan.select();
        assertThat(scan.scanning()).as("the next press starts again").isTrue();
        assertThat(activated).isEmpty();
    }

    @Test
    void stepModeMovesOnlyWhenTheMoveSwitchIsPressed() {
        Scanner scan = scanner(Scanner.Mode.STEP);
        scan.move();
        clock.advance(60_000);
        assertThat(scan.highlightedGroup()).isZero();
        scan.move();
        scan.select();
        scan.move();
        scan.move();
        scan.select();
        assertThat(activated).containsExactly("louder");
    }

    @Test
    void auditoryScanningAnnouncesEachPlaceTheHighlightLandsOn() {
        List<String> said = new ArrayList<>();
        Scanner scan = scanner(Scanner.Mode.AUTO);
        scan.announceWith(target -> said.add(target.word()));
        scan.select();
        clock.advance(1000);
        scan.select();
        clock.advance(1000);
        assertThat(said).containsExactly("home", "read", "read", "next");
    }

    @Test
    void aScreenWithOneGroupScansItsItemsAtOnce() {
        Scanner scan = new Scanner(clock, Scanner.Mode.AUTO, 1000, 3, () -> List.of(List.of(read, next)), () -> null);
        scan.select();
        assertThat(scan.highlightedItem()).isSameAs(read);
        clock.advance(1000);
        scan.select();
        assertThat(activated).containsExactly("next");
    }
}
