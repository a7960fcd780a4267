package nl.verteller.voice;

import java.util.Map;
import java.util.Random;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Synthesizer;

/** Test speech from the real voices, as a microphone would give it: 16 kHz, with silence around it. */
final class SpokenClips implements AutoCloseable {
    final Synthesizer freetts = new FreeTtsSynthesizer(150);
    final Synthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-gb", Language.NL, "nl"), 150,
            10_000);

    /** {@code text} in {@code voice}, with 0.5 s of silence before and 1 s after. */
    static short[] clip(Synthesizer voice, String text, Language language) throws Exception {
        return SyntheticTakes.spoken(voice, text, language, 1.0);
    }

    /** A microphone in a room never gives digital silence: a hum about 50 dB below full scale. */
    static float[] withRoomTone(float[] sound) {
        Random random = new Random(3);
        for (int i = 0; i < sound.length; i++) {
            sound[i] += (float) (random.nextGaussian() * 100);
        }
        return sound;
    }

    @Override
    public void close() {
        freetts.close();
    }
}
