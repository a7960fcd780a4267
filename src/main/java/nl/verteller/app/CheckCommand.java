package nl.verteller.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.speech.Speech;
import nl.verteller.speech.SpeechException;
import nl.verteller.speech.Synthesizer;

/**
 * {@code check}: what works on this machine. Content (with every error), configuration problems,
 * the voice and speech model per language, audio outputs and inputs. Exit 0 when the kiosk can run
 * (there is content), 1 otherwise; every missing part is named with what to do about it.
 */
final class CheckCommand {
    private CheckCommand() {
    }

    static int run(List<String> args, Setup setup, PrintStream out) throws UsageException, InterruptedException {
        if (!Args.parse(args, Set.of(), Set.of()).words().isEmpty()) {
            throw new UsageException("check takes no arguments");
        }
        List<String> missing = new ArrayList<>();
        content(setup, out, missing);
        setup.config().problems().forEach(problem -> {
            out.println("  config   " + problem);
            missing.add(problem);
        });
        for (Language language : Language.values()) {
            voice(setup, language, out, missing);
            model(setup.config().get(Config.MODELS_DIR), language, out, missing);
        }
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

    private static void content(Setup setup, PrintStream out, List<String> missing) {
        for (Language language : Language.values()) {
            List<Leaflet> leaflets = setup.library().leaflets(language);
            out.printf("  content  %s: %d leaflet(s)%s%n", language, leaflets.size(), leaflets.stream()
                    .map(l -> " " + l.id() + " (" + l.chapters().size() + " chapters)").reduce("", String::concat));
        }
        setup.library().problems().forEach(problem -> {
            out.println("  content  skipped " + problem);
            missing.add(problem.toString());
        });
    }

    private static void voice(Setup setup, Language language, PrintStream out, List<String> missing)
            throws InterruptedException {
        String name = setup.voices().configured(language).map(Synthesizer::name).orElse("none");
        String problem = setup.voices().problem(language).orElse(null);
        if (problem == null) {
            problem = trySpeaking(setup.voices().forLanguage(language).orElseThrow(), language);
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

    private static void model(Path modelsDir, Language language, PrintStream out, List<String> missing) {
        Path model = modelsDir.resolve(language.code());
        if (Files.isDirectory(model.resolve("am")) && Files.isDirectory(model.resolve("conf"))) {
            out.printf("  model    %s: %s present%n", language, model);
        } else {
            out.printf("  model    %s: MISSING %s: voice commands are off in this language (see models/README.md)%n",
                    language, model);
            missing.add("speech model " + language);
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
