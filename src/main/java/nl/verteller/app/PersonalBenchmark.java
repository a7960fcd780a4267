package nl.verteller.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
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
    /** In a fixed order: enrolment checks each word against those before it. */
    private static final Map<String, Command> WORDS = words("lees voor", Command.of(Kind.READ), "pauze",
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
        Leaflet dutch = setup.library().find("als", Language.NL).orElseThrow();
        List<String> leaflet = dutch.chapters().stream().flatMap(c -> c.sentences().stream()).map(Sentence::text)
                .toList();
        List<String> titles = dutch.chapters().stream().map(Chapter::title).toList();
        // As the kiosk teaches a Dutch patient (with the own-words model) and then hears them on its
        // home screen: the Dutch phrases and titles its model knows (the English model's, without a
        // Dutch one) and the patient's own words.
        try (VoiceLanguage teacher = VoiceSetup.load(setup, VoiceSetup.personalModel(setup.config()));
                VoiceLanguage model = VoiceSetup.loadFor(setup, Language.NL)) {
            for (String speaker : SPEAKERS) {
                Synthesizer voice = new EspeakSynthesizer(setup.config().get(Config.ESPEAK_COMMAND),
                        Map.of(Language.NL, speaker), 150, 10_000);
                Profile profile = new Profile(speaker, Map.of());
                for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                    long start = System.nanoTime();
                    try {
                        profile = new Enrolment(teacher).enrol(profile, word.getValue(), List.of(
                                take(voice, word.getKey(), 0.9, CLEAN), take(voice, word.getKey(), 1.0, CLEAN),
                                take(voice, word.getKey(), 1.1, CLEAN)));
                        enrolSeconds.add((System.nanoTime() - start) / 1e9);
                    } catch (Enrolment.Refused e) {
                        System.err.println("bench personal: " + speaker + " \"" + word.getKey() + "\": "
                                + e.getMessage());
                        conflicts++;
                    }
                }
                PhraseSet phrases = model.phrases(titles).withPersonal(profile);
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

    private static Map<String, Command> words(Object... wordsAndCommands) {
        Map<String, Command> words = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndCommands.length; i += 2) {
            words.put((String) wordsAndCommands[i], (Command) wordsAndCommands[i + 1]);
        }
        return Collections.unmodifiableMap(words);
    }

    private short[] take(Synthesizer voice, String text, double speed, double snrDb) throws InterruptedException {
        return SyntheticTakes.withNoise(SyntheticTakes.spoken(voice, text, Language.NL, speed), snrDb, random);
    }
}
