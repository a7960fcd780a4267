package nl.verteller.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.verteller.content.Language;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.Enrolment;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.Profile;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code bench personal}: four synthetic Dutch speakers (espeak-ng voices at different pitches)
 * each enrol the basic commands with three takes; reports accuracy on new takes (clean, 20 and
 * 10 dB SNR, at speed 0.85 and 1.15), false commands on the Dutch leaflet in each speaker's voice,
 * and the time to enrol one command. Words a speaker could not enrol (a conflict) are counted as
 * misses on their new takes.
 */
final class PersonalBenchmark {
    private static final Map<String, Command> WORDS = Map.of("lees voor", Command.of(Kind.READ), "pauze",
            Command.of(Kind.PAUSE), "volgende", Command.of(Kind.NEXT_CHAPTER), "terug", Command.of(Kind.BACK),
            "herhaal", Command.of(Kind.REPEAT), "begin", Command.of(Kind.HOME), "hoofdstuk twee", Command.chapter(2));
    private static final double CLEAN = SyntheticTakes.CLEAN;
    private static final List<String> SPEAKERS = List.of("nl", "nl+f3", "nl+m3", "nl+f2");

    private final Setup setup;
    private final PrintStream out;
    private final Random random = new Random(5);

    PersonalBenchmark(Setup setup, PrintStream out) {
        this.setup = setup;
        this.out = out;
    }

    int run() throws InterruptedException, IOException {
        int tried = 0;
        int right = 0;
        Map<Double, int[]> bySnr = new TreeMap<>();
        int wrong = 0;
        int sentences = 0;
        int falseCommands = 0;
        int conflicts = 0;
        List<Double> enrolSeconds = new ArrayList<>();
        List<String> leaflet = setup.library().find("als", Language.NL).orElseThrow().chapters().stream()
                .flatMap(c -> c.sentences().stream()).map(Sentence::text).toList();
        try (VoiceLanguage model = VoiceSetup.load(setup, Language.EN)) {
            for (String speaker : SPEAKERS) {
                Synthesizer voice = new EspeakSynthesizer(setup.config().get(Config.ESPEAK_COMMAND),
                        Map.of(Language.NL, speaker), 150, 10_000);
                Profile profile = new Profile(speaker, Map.of());
                for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                    long start = System.nanoTime();
                    try {
                        profile = new Enrolment(model).enrol(profile, word.getValue(), List.of(
                                take(voice, word.getKey(), 0.9, CLEAN), take(voice, word.getKey(), 1.0, CLEAN),
                                take(voice, word.getKey(), 1.1, CLEAN)));
                        enrolSeconds.add((System.nanoTime() - start) / 1e9);
                    } catch (Enrolment.Refused e) {
                        System.err.println("bench personal: " + speaker + " \"" + word.getKey() + "\": "
                                + e.getMessage());
                        conflicts++;
                    }
                }
                PhraseSet phrases = model.phrases(List.of()).withPersonal(profile);
                for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                    for (double speed : new double[] {0.85, 1.15}) {
                        for (double snr : new double[] {CLEAN, 20, 10}) {
                            Optional<Decision> decision = decide(model, phrases,
                                    take(voice, word.getKey(), speed, snr));
                            Optional<Command> heard = decision.filter(Decision::accepted).map(Decision::command);
                            tried++;
                            boolean ok = heard.filter(word.getValue()::equals).isPresent();
                            right += ok ? 1 : 0;
                            int[] counts = bySnr.computeIfAbsent(snr, k -> new int[2]);
                            counts[0] += ok ? 1 : 0;
                            counts[1]++;
                            if (!ok) {
                                System.err.printf("bench personal: miss %s \"%s\" speed %.2f snr %s: %s%n", speaker,
                                        word.getKey(), speed, snr, decision.map(d -> d.command() + " '" + d.heard()
                                                + "' " + d.reason()).orElse("nothing"));
                            }
                            wrong += heard.filter(c -> !c.equals(word.getValue())).isPresent() ? 1 : 0;
                        }
                    }
                }
                for (String sentence : leaflet) {
                    sentences++;
                    Optional<Decision> obeyed = decide(model, phrases, take(voice, sentence, 1.0, 20))
                            .filter(Decision::accepted);
                    if (obeyed.isPresent()) {
                        falseCommands++;
                        System.err.printf("bench personal: false command %s \"%s\": %s '%s'%n", speaker, sentence,
                                obeyed.get().command(), obeyed.get().heard());
                    }
                }
                voice.close();
            }
        } catch (VoiceSetup.Unavailable e) {
            System.err.println("bench personal: " + e.getMessage());
            return 1;
        }
        out.println(Figure.of("personal.accuracy", 100.0 * right / tried, "%").json());
        bySnr.forEach((snr, counts) -> out.println(Figure.of("personal.accuracy." + (Double.isInfinite(snr) ? "clean"
                : Math.round(snr) + "db"), 100.0 * counts[0] / counts[1], "%").json()));
        out.println(Figure.of("personal.wrong_commands", 100.0 * wrong / tried, "%").json());
        out.println(Figure.of("personal.false_commands", 100.0 * falseCommands / sentences, "%").json());
        out.println(Figure.of("personal.refused_enrolments", conflicts, "words").json());
        out.println(Figure.of("personal.enrol_seconds_per_command",
                enrolSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), "s").json());
        out.println(Figure.of("personal.new_takes", tried, "takes").json());
        out.println(Figure.of("personal.sentences", sentences, "sentences").json());
        return 0;
    }

    private Optional<Decision> decide(VoiceLanguage model, PhraseSet phrases, short[] audio) throws IOException {
        try (CommandRecognizer recognizer = model.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
            return recognizer.recognize(audio);
        }
    }

    private short[] take(Synthesizer voice, String text, double speed, double snrDb) throws InterruptedException {
        return SyntheticTakes.withNoise(SyntheticTakes.spoken(voice, text, Language.NL, speed), snrDb, random);
    }
}
