package nl.verteller.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/**
 * A microphone whose sound server goes away under a read: the read neither returns nor fails, and
 * stopping the line waits as long (as ALSA's PulseAudio plugin does when its server dies).
 */
@Fast
class MicrophoneTest {
    private final CountDownLatch serverBack = new CountDownLatch(1);
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final List<Short> heard = new CopyOnWriteArrayList<>();

    /** A line that gives {@code chunks} chunks of {@code value}, then (when {@code hangs}) hangs until the server is back. */
    private TargetDataLine line(short value, int chunks, boolean hangs) {
        AtomicInteger given = new AtomicInteger();
        return (TargetDataLine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "read" -> {
                        if (given.incrementAndGet() > chunks && hangs) {
                            serverBack.await();
                        }
                        try {
                            TimeUnit.MILLISECONDS.sleep(20);
                        } catch (InterruptedException closing) {
                            yield 0;
                        }
                        byte[] bytes = (byte[]) args[0];
                        for (int i = args[1] == null ? 0 : (int) args[1]; i + 1 < (int) args[2]; i += 2) {
                            bytes[i] = (byte) value;
                            bytes[i + 1] = (byte) (value >> 8);
                        }
                        yield args[2];
                    }
                    case "stop", "close" -> {
                        if (hangs) {
                            serverBack.await();
                        }
                        yield null;
                    }
                    case "getLineInfo" -> new DataLine.Info(TargetDataLine.class, null);
                    case "toString" -> "line " + value;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void aReadThatNeverReturnsIsLeftBehindAndTheMicrophoneOpensAgain() throws Exception {
        List<TargetDataLine> lines = List.of(line((short) 1, 10, true), line((short) 2, Integer.MAX_VALUE, false));
        AtomicInteger opened = new AtomicInteger();
        Microphone microphone = new Microphone("test", () -> lines.get(Math.min(opened.getAndIncrement(), 1)),
                new ChunkListener() {
                    @Override
                    public void audio(short[] pcm, int count) {
                        heard.add(pcm[0]);
                    }

                    @Override
                    public void available(boolean available, String detail) {
                        told.add(available + " " + detail);
                    }
                });
        microphone.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!heard.contains((short) 2) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(heard).as("audio from the microphone opened again").contains((short) 2);
            assertThat(told).as("what voice control was told").hasSize(3);
            assertThat(told.get(0)).startsWith("true test");
            assertThat(told.get(1)).isEqualTo("false the microphone stopped giving sound");
            assertThat(told.get(2)).startsWith("true test");

            // The old read returns at last: what it read is no longer handed on.
            int before = heard.size();
            serverBack.countDown();
            TimeUnit.MILLISECONDS.sleep(200);
            // A copy: the microphone goes on adding, which a view of the live list does not survive.
            List<Short> after = List.copyOf(heard);
            assertThat(after.subList(before, after.size())).as("heard after the old read returned")
                    .isNotEmpty().containsOnly((short) 2);
        } finally {
            serverBack.countDown();
            long closing = System.nanoTime();
            microphone.close();
            assertThat(System.nanoTime() - closing).as("close time").isLessThan(TimeUnit.SECONDS.toNanos(3));
        }
    }
}
