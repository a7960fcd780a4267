package nl.verteller.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.ownwords.ProfileStore;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.ModelVocabulary;
import nl.verteller.voice.PhraseBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: what works on this machine. Content (with every error), configuration problems,
 * the voice and speech model per language, audio outputs and inputs. Exit 0 when the kiosk can run
 * (there is content), 1 otherwise; every missing part is named with what to do about it.
 */
@Command(name = "check", description = "what works here; exit 0 when the kiosk can run")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Override
    public Integer call() throws InterruptedException {
        Setup setup = verteller.setup();
        PrintStream out = verteller.out();
        List<String> missing = new ArrayList<>();
        content(setup, out, missing);
        setup.config().problems().forEach(problem -> {
            out.println("  config   " + problem);
            missing.add(problem);
        });
        staffExit(setup.config().get(Config.KIOSK_ADMIN_PIN), out, missing);
        for (Language language : Language.values()) {
            voice(setup, language, out, missing);
            if (model(setup.config().get(Config.MODELS_DIR), language, out, missing)) {
                phrases(setup, language, out, missing);
            }
        }
        profiles(setup, out);
        devices("audio out", SourceDataLine.class, "no speaker: reading goes on silently with the highlight", out, missing);
        devices("audio in", TargetDataLine.class, "no microphone: voice control is off, every other input works", out, missing);
        if (setup.library().isEmpty()) {
            out.println("CANNOT RUN: no leaflet loaded from " + setup.config().get(Config.CONTENT_DIR)
                    + " (put <lang>/<name>.md files there)");
            return 1;
        }
        out.println(missing.isEmpty() ? "OK: everything works" : "OK: the kiosk can run; missing or wrong: " + missing.size());
        return 0;
    }

    private static void staffExit(StaffPin pin, PrintStream out, List<String> missing) {
        if (pin.lockedBecause().isPresent()) {
            out.println("  staff    exit LOCKED: no PIN opens it until the settings are mended ("
                    + pin.lockedBecause().get() + ")");
            missing.add("staff exit locked");
        } else {
            out.println("  staff    exit: " + (pin.isNone() ? "no PIN, the chord alone leaves (set one with hash-pin)"
                    : "PIN set"));
        }
    }

    private static void content(Setup setup, PrintStream out, List<String> missing) {
        for (Language language : Language.values()) {
            List<Leaflet> leaflets = setup.library().leaflets(language);
            out.printf("  content  %s: %d leaflet(s)%s%n", language, leaflets.size(), leaflets.stream()
                    .map(l -> " " + l.id() + " (" + l.chapters().size() + " chapters)").reduce("", String::concat));
        }
        setup.library().problems().forEach(problem -> {
            // A guess (no ## chapters) is shown to patients, so the kiosk can run; staff should still look.
            out.println("  content  " + (problem.skipped() ? "skipped " : "check   ") + problem);
            if (problem.skipped()) {
                missing.add(problem.toString());
            }
        });
    }

    private static void voice(Setup setup, Language language, PrintStream out, List<String> missing)
            throws InterruptedException {
        String name = setup.synthesizers().configured(language).map(Synthesizer::name).orElse("none");
        String problem = setup.synthesizers().problem(language).orElse(null);
        if (problem == null) {
            problem = trySpeaking(setup.synthesizers().forLanguage(language).orElseThrow(), language);
        }
        if (problem == null) {
            out.printf("  voice    %s: %s works%n", language, name);
        } else {
            out.printf("  voice    %s: %s MISSING: %s (text is still shown)%n", language, name, problem);
            missing.add("voice " + language);
        }
    }

    private static String trySpeaking(Synthesizer voice, Language language) throws InterruptedException {
        try {
            Speech speech = voice.synthesize(language == Language.NL ? "Goedemorgen." : "Good morning.", language, 1.0);
            return speech.pcm().length > 0 ? null : voice.name() + " gave no audio";
        } catch (SpeechException e) {
            return e.getMessage();
        }
    }

    private static boolean model(Path modelsDir, Language language, PrintStream out, List<String> missing) {
        Path model = modelsDir.resolve(language.code());
        if (Files.isDirectory(model.resolve("am")) && Files.isDirectory(model.resolve("conf"))) {
            out.printf("  model    %s: %s present%n", language, model);
            return true;
        }
        out.printf("  model    %s: MISSING %s: voice commands are off in this language (see models/README.md)%n",
                language, model);
        missing.add("speech model " + language);
        return false;
    }

    /** Phrases of the language's first leaflet screen with a word its model does not know. */
    private static void phrases(Setup setup, Language language, PrintStream out, List<String> missing) {
        List<String> titles = setup.library().leaflets(language).stream().findFirst()
                .map(l -> l.chapters().stream().map(Chapter::title).toList()).orElse(List.of());
        try {
            PhraseBook book = PhraseBook.load(language, VoiceSetup.commandsFile(setup.config(), language));
            ModelVocabulary vocabulary = ModelVocabulary.load(VoiceSetup.modelDir(setup.config(), language));
            List<String> unknown = book.unknownWords(vocabulary, titles);
            if (unknown.isEmpty()) {
                out.printf("  phrases  %s: every word known to the model%n", language);
            } else {
                out.printf("  phrases  %s: the model does not know %s%n", language, String.join(", ", unknown));
                missing.add("words unknown to the " + language + " model");
            }
        } catch (IOException | IllegalArgumentException e) {
            out.printf("  phrases  %s: CANNOT READ: %s%n", language, e.getMessage());
            missing.add("phrases " + language);
        }
    }

    private static void profiles(Setup setup, PrintStream out) {
        try {
            out.printf("  profiles %s%n", new ProfileStore(setup.config().get(Config.PROFILES_FILE)).load().keySet());
        } catch (IOException e) {
            out.printf("  profiles CANNOT READ: %s%n", e.getMessage());
        }
    }

    private static void devices(String label, Class<? extends Line> type, String without, PrintStream out,
            List<String> missing) {
        List<String> names = Arrays.stream(AudioSystem.getMixerInfo())
                .filter(info -> supports(AudioSystem.getMixer(info), type))
                .map(Mixer.Info::getName)
                .toList();
        if (names.isEmpty()) {
            out.printf("  %-8s MISSING: %s%n", label, without);
            missing.add(label);
        } else {
            out.printf("  %-8s %s%n", label, String.join("; ", names));
        }
    }

    private static boolean supports(Mixer mixer, Class<? extends Line> type) {
        return Arrays.stream(mixer.getSourceLineInfo()).anyMatch(info -> type.isAssignableFrom(info.getLineClass()))
                || Arrays.stream(mixer.getTargetLineInfo()).anyMatch(info -> type.isAssignableFrom(info.getLineClass()));
    }
}
