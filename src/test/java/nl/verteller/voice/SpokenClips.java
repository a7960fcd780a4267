package nl.verteller.voice;

import java.util.Map;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Speech;
import nl.verteller.speech.Synthesizer;

/** Test speech from the real voices, as a microphone would give it: 16 kHz, with silence around it. */
final class SpokenClips implements AutoCloseable {
    final Synthesizer freetts = new FreeTtsSynthesizer(150);
    final Synthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-gb", Language.NL, "nl"), 150,
            10_000);

    /** {@code text} in {@code voice}, with 0.5 s of silence before and 1 s after. */
    static short[] clip(Synthesizer voice, String text, Language language) throws Exception {
        Speech speech = voice.synthesize(text, language, 1.0);
        short[] pcm = AudioFiles.resample(speech.pcm(), speech.sampleRate(), VoskDecoder.SAMPLE_RATE);
        short[] padded = new short[pcm.length + VoskDecoder.SAMPLE_RATE * 3 / 2];
        System.arraycopy(pcm, 0, padded, VoskDecoder.SAMPLE_RATE / 2, pcm.length);
        return padded;
    }

    @Override
    public void close() {
        freetts.close();
    }
}
