package nl.verteller.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code bench voice}: English command phrases spoken by FreeTTS and three espeak-ng voices, at
 * speed 0.8, 1.0 and 1.2, clean and with white noise at 20 and 10 dB SNR, and the leaflet's
 * sentences plus waiting-room talk (with 20 dB noise) as speech that is not a command. Reports
 * command accuracy, false commands, and the delay from the end of speech to the committed command
 * (median and 90th percentile, audio time), for the kiosk's recognizer and, as the baseline, the
 * plain full-vocabulary recognizer run on the same audio.
 */
final class VoiceBenchmark {
    private static final int RATE = 16_000;
    private static final List<String> TALK = List.of("Good morning, how are you today?",
            "Could you help me with my coat, please?", "I think the doctor is running a bit late.",
            "Would you like a cup of coffee?", "My appointment is at half past ten.", "Let's wait a little longer.",
            "I need to stop at the pharmacy after this.", "Can you read this for me?", "Next week we go on holiday.",
            "My daughter is picking me up later.");
    /** (speed, SNR in dB; infinite = clean) per clip of a phrase and voice. */
    private static final double[][] CONDITIONS = {{1.0, SyntheticTakes.CLEAN}, {0.8, 20}, {1.2, 10},
        {1.0, 20}, {0.8, 10}, {1.2, SyntheticTakes.CLEAN}};

    private final Setup setup;
    private final PrintStream out;
    private final Random random = new Random(20261127);

    VoiceBenchmark(Setup setup, PrintStream out) {
        this.setup = setup;
        this.out = out;
    }

    /** Counts for one recognizer. */
    private static final class Tally {
        int commands;
        int right;
        int wrong;
        int sentences;
        int falseCommands;
        final List<Double> delays = new ArrayList<>();
        /** Per SNR in dB (infinite: clean): right, and clips. */
        final Map<Double, int[]> bySnr = new TreeMap<>();
    }

    int run() throws InterruptedException, IOException {
        Leaflet leaflet = setup.library().leaflets(Language.EN).stream().findFirst()
                .orElseThrow(() -> new IOException("no English leaflet to take chapter titles from"));
        List<String> titles = leaflet.chapters().stream().map(Chapter::title).toList();
        List<Synthesizer> voices = voices();
        Tally kiosk = new Tally();
        Tally plain = new Tally();
        long started = System.nanoTime();
        try (VoiceLanguage english = VoiceSetup.load(setup, Language.EN)) {
            PhraseSet phrases = english.phrases(titles);
            // The baseline's full-vocabulary graph is costly to set up: one, reset between clips. The kiosk's
            // recognizer is made fresh for every clip, as its grammar state must not carry over.
            CommandRecognizer baseline = english.plainRecognizer(phrases);
            for (Synthesizer voice : voices) {
                int condition = 0;
                for (Map.Entry<String, Command> phrase : phrases.phrases().entrySet()) {
                    for (int c = 0; c < 2; c++) {
                        double[] how = CONDITIONS[condition++ % CONDITIONS.length];
                        Clip clip = clip(voice, phrase.getKey(), how[0], how[1]);
                        scoreBoth(kiosk, plain, english, phrases, baseline, clip, phrase.getValue());
                    }
                }
                List<String> sentences = new ArrayList<>(TALK);
                leaflet.chapters().forEach(ch -> ch.sentences().stream().map(Sentence::text).forEach(sentences::add));
                for (String sentence : sentences) {
                    Clip clip = clip(voice, sentence, 1.0, 20);
                    scoreBoth(kiosk, plain, english, phrases, baseline, clip, null);
                }
            }
            baseline.close();
        } catch (VoiceSetup.Unavailable e) {
            System.err.println("bench voice: " + e.getMessage());
            return 1;
        }
        report(kiosk, plain);
        out.println(Figure.of("voice.bench_seconds", (System.nanoTime() - started) / 1e9, "s").json());
        voices.forEach(Synthesizer::close);
        return 0;
    }

    private List<Synthesizer> voices() {
        List<Synthesizer> voices = new ArrayList<>();
        voices.add(new FreeTtsSynthesizer(setup.config().get(Config.FREETTS_WPM)));
        for (String variant : List.of("en-gb", "en-us", "en-us+f3")) {
            voices.add(new EspeakSynthesizer(setup.config().get(Config.ESPEAK_COMMAND), Map.of(Language.EN, variant),
                    setup.config().get(Config.ESPEAK_WPM), setup.config().get(Config.ESPEAK_TIMEOUT_MS)));
        }
        return voices;
    }

    /** Speech in its clip: where the speech ends, in ms, and what it is (for the misses on stderr). */
    private record Clip(short[] pcm, long speechEndMillis, double snrDb, String what) {
    }

    private Clip clip(Synthesizer voice, String text, double speed, double snrDb) throws InterruptedException {
        short[] clean = SyntheticTakes.spoken(voice, text, Language.EN, speed);
        long end = lastSound(clean) * 1000L / RATE;
        return new Clip(SyntheticTakes.withNoise(clean, snrDb, random), end, snrDb,
                voice.name() + " \"" + text + "\" speed " + speed + " snr " + snrDb);
    }

    /** The sample after the last one louder than -40 dBFS: where the voice stops, ignoring its own tail. */
    private static int lastSound(short[] pcm) {
        for (int i = pcm.length - 1; i >= 0; i--) {
            if (Math.abs(pcm[i]) > 328) {
                return i + 1;
            }
        }
        return 0;
    }

    private void scoreBoth(Tally kiosk, Tally plain, VoiceLanguage english, PhraseSet phrases,
            CommandRecognizer baseline, Clip clip, Command expected) throws IOException {
        try (CommandRecognizer ours = english.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
            score(kiosk, ours, clip, expected, true);
        }
        baseline.reset();
        score(plain, baseline, clip, expected, false);
    }

    private static void score(Tally tally, CommandRecognizer recognizer, Clip clip, Command expected, boolean tell) {
        Optional<Decision> decision = recognizer.recognize(clip.pcm());
        Command heard = decision.filter(Decision::accepted).map(Decision::command).orElse(null);
        if (tell && !Objects.equals(heard, expected)) {
            System.err.printf("bench voice: %s %s: %s%n", expected == null ? "false command" : "miss", clip.what(),
                    decision.map(d -> d.command() + " '" + d.heard() + "' " + d.reason()).orElse("nothing"));
        }
        if (expected == null) {
            tally.sentences++;
            tally.falseCommands += heard == null ? 0 : 1;
            return;
        }
        tally.commands++;
        int[] bySnr = tally.bySnr.computeIfAbsent(clip.snrDb(), snr -> new int[2]);
        bySnr[0] += expected.equals(heard) ? 1 : 0;
        bySnr[1]++;
        if (expected.equals(heard)) {
            tally.right++;
            tally.delays.add((double) (decision.get().decidedAtMs() - clip.speechEndMillis()));
        } else if (heard != null) {
            tally.wrong++;
        }
    }

    private void report(Tally kiosk, Tally plain) {
        out.println(Figure.against("voice.command_accuracy", 100.0 * kiosk.right / kiosk.commands,
                100.0 * plain.right / plain.commands, "%").json());
        kiosk.bySnr.forEach((snr, counts) -> {
            int[] base = plain.bySnr.get(snr);
            out.println(Figure.against("voice.command_accuracy." + (Double.isInfinite(snr) ? "clean"
                    : Math.round(snr) + "db"), 100.0 * counts[0] / counts[1], 100.0 * base[0] / base[1], "%").json());
        });
        out.println(Figure.against("voice.wrong_commands", 100.0 * kiosk.wrong / kiosk.commands,
                100.0 * plain.wrong / plain.commands, "%").json());
        out.println(Figure.against("voice.false_commands", 100.0 * kiosk.falseCommands / kiosk.sentences,
                100.0 * plain.falseCommands / plain.sentences, "%").json());
        out.println(Figure.against("voice.delay_median", percentile(kiosk.delays, 50), percentile(plain.delays, 50), "ms").json());
        out.println(Figure.against("voice.delay_p90", percentile(kiosk.delays, 90), percentile(plain.delays, 90), "ms").json());
        out.println(Figure.of("voice.command_clips", kiosk.commands, "clips").json());
        out.println(Figure.of("voice.sentence_clips", kiosk.sentences, "clips").json());
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
