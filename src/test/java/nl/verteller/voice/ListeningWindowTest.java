package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class ListeningWindowTest {
    private long now;

    @Test
    void pushToTalkOpensForAWhileAndForOneCommand() {
        ListeningWindow window = new ListeningWindow(true, 5000, () -> now);
        assertThat(window.isOpen()).isFalse();
        window.open();
        now += 4999;
        assertThat(window.isOpen()).isTrue();
        now += 1;
        assertThat(window.isOpen()).isFalse();
        window.open();
        window.close();
        assertThat(window.isOpen()).as("one command per press").isFalse();
    }

    @Test
    void withoutPushToTalkItIsAlwaysOpen() {
        assertThat(ListeningWindow.always().isOpen()).isTrue();
    }
}
