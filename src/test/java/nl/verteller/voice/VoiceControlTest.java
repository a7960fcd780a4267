package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.verteller.audio.Sounding;
import nl.verteller.content.Language;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.VoiceStatus;
import nl.verteller.tags.Fast;
import nl.verteller.testing.Await;
import org.junit.jupiter.api.Test;

@Fast
class VoiceControlTest {
    @Test
    void aMissingModelIsLookedForAgainAfterAWhileNotAtEveryChunk() throws Exception {
        AtomicLong now = new AtomicLong(-TimeUnit.HOURS.toNanos(1));
        AtomicInteger tries = new AtomicInteger();
        List<VoiceStatus> shown = new CopyOnWriteArrayList<>();
        VoiceControl.Loader missing = (language, borrow) -> {
            tries.incrementAndGet();
            throw new IOException("no speech model in models/" + language);
        };
        try (VoiceControl voice = new VoiceControl(missing, RecognitionRules.DEFAULT, false, OwnPhrases.NONE,
                ListeningWindow.always(), new ListeningContext(Language.NL, List.of(), false, "", false),
                new VoiceControl.Listener() {
                    @Override
                    public void command(Command command) {
                    }

                    @Override
                    public void status(VoiceStatus status) {
                        shown.add(status);
                    }
                }, Sounding.NEVER, now::get)) {
            voice.start();
            awaitTries(tries, 1);
            Thread.sleep(600);
            assertThat(tries.get()).as("not again before its time").isEqualTo(1);
            now.addAndGet(VoiceControl.RETRY_NANOS);
            awaitTries(tries, 2);
            assertThat(shown).extracting(VoiceStatus::kind).containsExactly(VoiceStatus.Kind.STARTING,
                    VoiceStatus.Kind.NO_MODEL);
        }
    }

    private static void awaitTries(AtomicInteger tries, int count) {
        Await.until(count + " tries", Duration.ofSeconds(5), () -> tries.get() >= count);
        assertThat(tries.get()).isEqualTo(count);
    }
}
