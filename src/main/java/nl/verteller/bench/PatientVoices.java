package nl.verteller.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verteller.config.Config;
import nl.verteller.content.Language;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;

/**
 * The English voices the benchmarks let a patient speak with, other than the kiosk's narrator: espeak-ng's
 * three English variants and the named flite voices that are installed (a missing one is said on stderr,
 * and the benchmark goes on without it).
 */
final class PatientVoices {
    private static final List<String> ESPEAK_VARIANTS = List.of("en-gb", "en-us", "en-us+f3");

    private PatientVoices() {
    }

    /** The voices, for the benchmark named {@code bench} (in its stderr lines). */
    static List<Synthesizer> english(Config config, List<String> fliteVoices, String bench) {
        List<Synthesizer> voices = new ArrayList<>();
        for (String variant : ESPEAK_VARIANTS) {
            voices.add(new EspeakSynthesizer(config.get(Config.ESPEAK_COMMAND), Map.of(Language.EN, variant),
                    config.get(Config.ESPEAK_WPM), config.get(Config.ESPEAK_TIMEOUT_MS)));
        }
        for (String name : fliteVoices) {
            FliteVoice flite = new FliteVoice(name);
            flite.unavailableReason().ifPresentOrElse(
                    why -> System.err.println(bench + ": without " + flite.name() + ": " + why),
                    () -> voices.add(flite));
        }
        return voices;
    }
}
