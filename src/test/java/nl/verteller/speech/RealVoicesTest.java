package nl.verteller.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verteller.content.Language;
import nl.verteller.tags.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real engines: FreeTTS from the jar, espeak-ng from Debian (installed by .ci/run). */
@Slow
class RealVoicesTest {
    private static final String SHORT_EN = "The disease is progressive.";
    private static final String LONG_EN = "After the first symptoms, patients live on average another three to five years.";
    private static final String SHORT_NL = "De ziekte is progressief.";
    private static final String LONG_NL = "Na de eerste klachten leven patiënten gemiddeld nog drie tot vijf jaar.";

    private static final FreeTtsSynthesizer FREETTS = new FreeTtsSynthesizer(150);
    private static final EspeakSynthesizer ESPEAK = espeak("espeak-ng", 10_000);

    @AfterAll
    static void close() {
        FREETTS.close();
    }

    private static EspeakSynthesizer espeak(String command, long timeoutMillis) {
        return new EspeakSynthesizer(command, Map.of(Language.NL, "nl", Language.EN, "en-gb"), 150, timeoutMillis);
    }

    @Test
    void freeTtsSpeaksEnglishWithALengthThatFitsTheText() throws Exception {
        assertThat(FREETTS.unavailableReason()).isEmpty();
        Speech shortOne = FREETTS.synthesize(SHORT_EN, Language.EN, 1.0);
        Speech longOne = FREETTS.synthesize(LONG_EN, Language.EN, 1.0);
        assertFitsText(shortOne, SHORT_EN);
        assertFitsText(longOne, LONG_EN);
        assertThat(longOne.seconds()).isGreaterThan(shortOne.seconds() * 2);
    }

    @Test
    void freeTtsGivesIncreasingWordStartsInsideTheAudio() throws Exception {
        Speech speech = FREETTS.synthesize(LONG_EN, Language.EN, 1.0);
        assertThat(speech.words()).hasSize(LONG_EN.split(" ").length);
        assertThat(speech.words()).isSortedAccordingTo((a, b) -> Long.compare(a.sample(), b.sample()));
        assertThat(speech.words().get(speech.words().size() - 1).sample()).isLessThan(speech.pcm().length);
        WordMark symptoms = speech.words().get(3);
        assertThat(LONG_EN.substring(symptoms.textStart(), symptoms.textEnd())).isEqualTo("symptoms");
    }

    @Test
    void aFasterRateGivesShorterAudio() throws Exception {
        Speech normal = FREETTS.synthesize(LONG_EN, Language.EN, 1.0);
        Speech fast = FREETTS.synthesize(LONG_EN, Language.EN, 1.3);
        assertThat(fast.seconds()).isLessThan(normal.seconds() * 0.9);
        Speech espeakSlow = ESPEAK.synthesize(LONG_NL, Language.NL, 0.7);
        Speech espeakNormal = ESPEAK.synthesize(LONG_NL, Language.NL, 1.0);
        assertThat(espeakSlow.seconds()).isGreaterThan(espeakNormal.seconds() * 1.15);
    }

    @Test
    void espeakSpeaksDutchAndEnglishWithALengthThatFitsTheText() throws Exception {
        assertThat(ESPEAK.unavailableReason()).isEmpty();
        Speech shortOne = ESPEAK.synthesize(SHORT_NL, Language.NL, 1.0);
        Speech longOne = ESPEAK.synthesize(LONG_NL, Language.NL, 1.0);
        assertFitsText(shortOne, SHORT_NL);
        assertFitsText(longOne, LONG_NL);
        assertThat(longOne.seconds()).isGreaterThan(shortOne.seconds() * 2);
        assertFitsText(ESPEAK.synthesize(SHORT_EN, Language.EN, 1.0), SHORT_EN);
    }

    @Test
    void espeakMissingSaysWhatToInstall() {
        EspeakSynthesizer missing = espeak("/nonexistent/espeak-ng", 10_000);
        assertThat(missing.unavailableReason()).get().asString().contains("apt-get install espeak-ng");
        assertThatThrownBy(() -> missing.synthesize(SHORT_NL, Language.NL, 1.0))
                .isInstanceOf(SpeechException.class).hasMessageContaining("install espeak-ng");
    }

    /** Hangs as itself, or as a wrapper whose child keeps the audio pipe open after the wrapper is gone. */
    @ParameterizedTest
    @ValueSource(strings = {"exec sh -c 'sleep 60; :' MARKER", "sh -c 'sleep 60; :' MARKER &\nwait"})
    void aHangingEspeakIsStoppedWithEveryProcessItStarted(String body, @TempDir Path dir) throws Exception {
        String marker = "verteller-test-" + UUID.randomUUID();
        Path hanging = dir.resolve("espeak-ng");
        Files.writeString(hanging, "#!/bin/sh\n" + body.replace("MARKER", marker) + "\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        EspeakSynthesizer stuck = espeak(hanging.toString(), 1000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> stuck.synthesize(SHORT_NL, Language.NL, 1.0))
                .isInstanceOf(SpeechException.class).hasMessageContaining("did not finish within 1000 ms");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(stuck.unavailableReason()).get().asString().contains("did not answer");
        Thread.sleep(200);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker)))
                .as("processes left behind").isEmpty();
    }

    @Test
    void freeTtsRefusesOtherLanguages() {
        assertThat(FREETTS.languages()).isEqualTo(Set.of(Language.EN));
        assertThatThrownBy(() -> FREETTS.synthesize(SHORT_NL, Language.NL, 1.0)).isInstanceOf(SpeechException.class);
    }

    /** Not silence, and between 0.25 and 0.9 s per word at 150 words per minute. */
    private static void assertFitsText(Speech speech, String text) {
        int words = text.split(" ").length;
        assertThat(AudioChecks.rms(speech.pcm())).as("loudness").isGreaterThan(0.02);
        assertThat(speech.seconds() / words).as("seconds per word").isBetween(0.25, 0.9);
    }
}
