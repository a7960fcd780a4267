package nl.verteller.voice;

import java.util.Map;
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

    @Override
    public void close() {
        freetts.close();
    }
}
