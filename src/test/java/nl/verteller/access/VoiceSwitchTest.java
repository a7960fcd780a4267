package nl.verteller.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import nl.verteller.audio.AudioFiles;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Speech;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

/** The voice switch on generated and synthesized audio, fed in microphone-sized chunks. */
@Fast
class VoiceSwitchTest {
    private final Random random = new Random(3);
    private int presses;
    private final VoiceSwitch voiceSwitch = new VoiceSwitch(150, () -> presses++);

    VoiceSwitchTest() {
        voiceSwitch.setRunning(true);
    }

    private void feed(short[] audio) {
        for (int at = 0; at < audio.length; at += 640) {
            int count = Math.min(640, audio.length - at);
            voiceSwitch.accept(Arrays.copyOfRange(audio, at, at + count), count);
        }
    }

    private short[] room(int millis, double noise) {
        short[] pcm = new short[millis * 16];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (random.nextGaussian() * noise);
        }
        return pcm;
    }

    /** "Aah": a voiced sound with harmonics, over the room noise. */
    private short[] vocalisation(int millis, double noise) {
        short[] pcm = room(millis, noise);
        for (int i = 0; i < pcm.length; i++) {
            double t = i / 16_000.0;
            double voice = 3000 * Math.sin(2 * Math.PI * 140 * t) + 1500 * Math.sin(2 * Math.PI * 280 * t);
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, pcm[i] + voice));
        }
        return pcm;
    }

    @Test
    void steadyRoomNoiseNeverPresses() {
        feed(room(2000, 200));
        feed(room(8000, 400));
        feed(room(2000, 150));
        assertThat(presses).as("the room getting twice as loud is no vocalisation").isZero();
    }

    @Test
    void pausedItHearsButPressesNothing() {
        voiceSwitch.setRunning(false);
        feed(room(1000, 200));
        feed(vocalisation(400, 200));
        feed(room(1000, 200));
        assertThat(presses).isZero();
        voiceSwitch.setRunning(true);
        feed(vocalisation(400, 200));
        assertThat(presses).isEqualTo(1);
    }

    @Test
    void eachVocalisationLongEnoughIsOnePress() {
        feed(room(1000, 200));
        feed(vocalisation(100, 200));
        feed(room(600, 200));
        assertThat(presses).as("100 ms is too short").isZero();
        feed(vocalisation(600, 200));
        assertThat(presses).as("one press per sound, however long").isEqualTo(1);
        feed(room(500, 200));
        feed(vocalisation(300, 200));
        assertThat(presses).isEqualTo(2);
    }

    @Test
    void theKiosksOwnNarrationNeverPresses() throws Exception {
        Speech narration = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl"), 150, 10_000)
                .synthesize("De ziekte is progressief. Dat betekent dat iemand steeds verder achteruitgaat.", Language.NL, 1.0);
        feed(room(500, 200));
        voiceSwitch.setMuted(true);
        feed(AudioFiles.resample16k(narration.pcm(), narration.sampleRate()));
        voiceSwitch.setMuted(false);
        feed(vocalisation(400, 200));
        assertThat(presses).as("the narration's tail is still ignored").isZero();
        feed(room(800, 200));
        feed(vocalisation(400, 200));
        assertThat(presses).isEqualTo(1);
    }

    @Test
    void aSpokenSoundPresses() throws Exception {
        Speech aah = new EspeakSynthesizer("espeak-ng", Map.of(Language.NL, "nl"), 150, 10_000)
                .synthesize("aaah", Language.NL, 0.8);
        feed(room(800, 150));
        feed(AudioFiles.resample16k(aah.pcm(), aah.sampleRate()));
        feed(room(800, 150));
        assertThat(presses).isEqualTo(1);
    }
}
