package nl.verteller.bench;

import static nl.verteller.voice.SyntheticTakes.USUAL_SPEECH_RMS;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import nl.verteller.audio.RoomAround;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Sentence;
import nl.verteller.dsp.RoomSound;
import nl.verteller.kiosk.Command;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.FreeTtsSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code bench voice}: English command phrases spoken by FreeTTS, three espeak-ng voices and two of
 * Flite's ({@link FliteVoice}; two others with {@code --tune}) in a
 * waiting room (see {@link RoomCondition#ALL}: quiet, slow, a large reverberant room, hiss, people
 * talking behind at 10 and 5 dB, a TV at 0 to 20 dB below the patient), and speech that is not a
 * command in the same rooms: everyday talk, talk that holds a command word, the leaflet's sentences,
 * and the talk behind alone. Per condition and overall: command accuracy, wrong commands, false
 * commands, and the delay from the end of speech to the committed command (audio time), for the
 * kiosk's recognizer and, as the baseline, the plain full-vocabulary recognizer on the same audio.
 * Also what asking when unsure would do ({@link Decision#worthAsking()}): the misses it would ask
 * about with the right command (a "yes" makes them commands) and with a wrong one (never a command
 * without the yes), and the questions it would ask over speech that is no command.
 *
 * <p>Options: {@code --conditions a,b} only those conditions; {@code --every N} every N-th phrase
 * and sentence; {@code --tune} the talkers kept for tuning instead of those that give the figures;
 * {@code --no-baseline} without the plain recognizer (quicker, for trying things out).
 */
public final class VoiceBenchmark {
    private static final int RATE = 16_000;
    private static final List<String> TALK = List.of("Good morning, how are you today?",
            "Could you help me with my coat, please?", "I think the doctor is running a bit late.",
            "Would you like a cup of coffee?", "My appointment is at half past ten.", "Let's wait a little longer.",
            "I need to stop at the pharmacy after this.", "Can you read this for me?", "Next week we go on holiday.",
            "My daughter is picking me up later.");
    /** Talk with a command's word in it, which must not act: the word is part of a longer sentence. */
    private static final List<String> COMMAND_WORDS = List.of("I will read it later.",
            "We should wait for the nurse to come back.", "The next bus goes at four.",
            "Could you turn the radio a bit louder at home?", "Let's go back to the car after this.",
            "Can you repeat what the doctor said?", "I want to go home soon.", "Stop worrying, it will be fine.",
            "Chapter two of my book was the best part.", "Yes, I think so too.", "No, that is not what I meant.",
            "Speak a little slower please, I could not follow.");
    /** Flite's voices speak commands too, two for the figures and two others for tuning. */
    static final List<String> TEST_FLITE_VOICES = List.of("slt", "awb");
    private static final List<String> TUNE_FLITE_VOICES = List.of("rms", "kal16");
    private static final double BACKGROUND_ALONE_SECONDS = 8;

    private final Setup setup;
    private final PrintStream out;
    private final Options options;
    private final Random random = new Random(20261127);

    public VoiceBenchmark(Setup setup, PrintStream out, Options options) {
        this.setup = setup;
        this.out = out;
        this.options = options;
    }

    /**
     * What to run.
     *
     * @param every    every n-th command and sentence only (a quicker look)
     * @param tune     on the tuning set instead of the held-out one
     * @param baseline also the plain grammar recognizer, for the ratio
     * @param leadSeconds the talk or noise behind starts this long before the command
     * @param asRecordings each clip heard as {@code recognize} hears a file (see {@link RoomAround}), not as
     *                 the microphone's stream
     * @param talkMinutes how long each room's talk is heard alone as one stream (see {@link #talkAlone})
     */
    public record Options(List<RoomCondition> conditions, int every, boolean tune, boolean baseline,
            double leadSeconds, boolean asRecordings, double talkMinutes) {
    }

    /** Counts for one recognizer in one condition. */
    private static final class Tally {
        int commands;
        int right;
        int wrong;
        int sentences;
        int falseCommands;
        /** Misses the kiosk would ask about ("Chapter 3?"), their command right or wrong; questions asked over talk. */
        int askedRight;
        int askedWrong;
        int askedFalse;
        final List<Double> delays = new ArrayList<>();

        void add(Tally other) {
            commands += other.commands;
            right += other.right;
            wrong += other.wrong;
            sentences += other.sentences;
            falseCommands += other.falseCommands;
            askedRight += other.askedRight;
            askedWrong += other.askedWrong;
            askedFalse += other.askedFalse;
            delays.addAll(other.delays);
        }
    }

    /** The kiosk's and the baseline's counts, per condition and per kind of speech that is not a command. */
    private static final class Tallies {
        final Map<String, Tally> kiosk = new LinkedHashMap<>();
        final Map<String, Tally> plain = new LinkedHashMap<>();

        Tally kiosk(String key) {
            return kiosk.computeIfAbsent(key, k -> new Tally());
        }

        Tally plain(String key) {
            return plain.computeIfAbsent(key, k -> new Tally());
        }
    }

    /** Speech in its clip: where the speech ends, in ms, and what it is (for the misses on stderr). */
    private record Clip(short[] pcm, long speechEndMillis, String what) {
        /** The clip as {@code recognize} hears a file: its room around it, the end of speech moved with it. */
        Clip asRecording() {
            return new Clip(RoomAround.heardAsRecording(pcm), speechEndMillis + RoomAround.BEFORE_MILLIS, what);
        }
    }

    public int run() throws InterruptedException, IOException {
        Leaflet leaflet = setup.library().leaflets(Language.EN).stream().findFirst()
                .orElseThrow(() -> new IOException("no English leaflet to take chapter titles from"));
        List<String> titles = leaflet.chapters().stream().map(Chapter::title).toList();
        List<Synthesizer> voices = voices();
        BackgroundTalk.Talkers talkers = options.tune() ? BackgroundTalk.TUNE : BackgroundTalk.TEST;
        BackgroundTalk talk = BackgroundTalk.spoken(talkers, setup.config());
        Tallies tallies = new Tallies();
        List<Figure> stream = List.of();
        List<Figure> inARow;
        long started = System.nanoTime();
        try (VoiceLanguage english = VoiceSetup.load(setup, Language.EN)) {
            PhraseSet phrases = english.phrases(titles);
            // The baseline's full-vocabulary graph is costly to set up: one, reset between clips. The kiosk's
            // recognizer is made fresh for every clip, as its grammar state must not carry over.
            CommandRecognizer baseline = options.baseline() ? english.plainRecognizer(phrases) : null;
            Scorer scorer = new Scorer(english, phrases, baseline, tallies);
            List<RoomCondition> conditions = options.conditions();
            int turn = 0;
            for (Synthesizer voice : voices) {
                int n = 0;
                for (Map.Entry<String, Command> phrase : phrases.phrases().entrySet()) {
                    for (int c = 0; c < 2; c++, turn++) {
                        if (n++ % options.every() == 0) {
                            RoomCondition condition = conditions.get(turn % conditions.size());
                            scorer.score(condition.name(), clip(voice, phrase.getKey(), condition, turn, talk),
                                    phrase.getValue());
                        }
                    }
                }
                Map<String, List<String>> sentences = new LinkedHashMap<>();
                sentences.put("talk", TALK);
                sentences.put("command_words", COMMAND_WORDS);
                sentences.put("leaflet", leaflet.chapters().stream()
                        .flatMap(ch -> ch.sentences().stream().map(Sentence::text)).toList());
                for (Map.Entry<String, List<String>> kind : sentences.entrySet()) {
                    for (String sentence : kind.getValue()) {
                        turn++;
                        if (n++ % options.every() == 0) {
                            RoomCondition condition = conditions.get(turn % conditions.size());
                            scorer.score(condition.name() + "|" + kind.getKey(),
                                    clip(voice, sentence, condition, turn, talk), null);
                        }
                    }
                }
                for (RoomCondition condition : conditions) {
                    if (condition.behind() != RoomCondition.Behind.NOTHING) {
                        scorer.score(condition.name() + "|alone", alone(condition, turn++, talk), null);
                    }
                }
            }
            if (baseline != null) {
                baseline.close();
            }
            if (options.talkMinutes() > 0) {
                stream = talkAlone(english, phrases, BackgroundTalk.spoken(talkers.saying(talkWithCommandWords()),
                        setup.config()));
            }
            inARow = new CommandsInARow(options.conditions(), options.leadSeconds(), talk, random).measure(voices,
                    phrases.phrases(), options.every(),
                    () -> english.recognizer(phrases, VoiceSetup.rules(setup.config())));
        } catch (VoiceSetup.Unavailable e) {
            System.err.println("bench voice: " + e.getMessage());
            return 1;
        }
        report(tallies);
        stream.forEach(figure -> out.println(figure.json()));
        inARow.forEach(figure -> out.println(figure.json()));
        out.println(Figure.of("voice.bench_seconds", (System.nanoTime() - started) / 1e9, "s").json());
        voices.forEach(Synthesizer::close);
        return 0;
    }

    private List<Synthesizer> voices() {
        List<Synthesizer> voices = new ArrayList<>();
        voices.add(new FreeTtsSynthesizer(setup.config().get(Config.FREETTS_WPM)));
        voices.addAll(PatientVoices.english(setup.config(), options.tune() ? TUNE_FLITE_VOICES : TEST_FLITE_VOICES,
                "bench voice"));
        return voices;
    }

    private Clip clip(Synthesizer voice, String text, RoomCondition condition, int turn, BackgroundTalk talk)
            throws InterruptedException {
        double speed = condition.speed(turn);
        float[] clean = RoomSound.toFloats(SyntheticTakes.spoken(voice, text, Language.EN, speed));
        long end = (condition.leadSamples(options.leadSeconds()) + RoomSound.lastSound(clean)) * 1000L / RATE;
        short[] heard = condition.heard(clean, RoomSound.speechLevel(clean), options.leadSeconds(), turn, talk, random);
        return new Clip(heard, end, voice.name() + " \"" + text + "\" speed " + speed + " " + condition.name());
    }

    private Clip alone(RoomCondition condition, int turn, BackgroundTalk talk) {
        float[] silence = new float[BackgroundTalk.samples(BACKGROUND_ALONE_SECONDS)];
        return new Clip(condition.heard(silence, USUAL_SPEECH_RMS, options.leadSeconds(), turn, talk, random), 0,
                "background alone " + condition.name());
    }

    /**
     * The talk behind alone, minutes of it as one stream, as the kiosk hears a waiting room that nobody
     * speaks to: every command it takes is a false one. A clip of talk alone is heard fresh; a stream
     * goes on with what the room's estimate and the decoder made of the talk before, as the continuous
     * talker of the end-to-end test, offline and longer. The talkers say {@link #talkWithCommandWords}
     * too. Each room that talks, and one person talking 10 dB below the patient: with the pauses between
     * their sentences and their loud first words, not a TV's squeezed level nor several voices' blur.
     * Per stream: false commands per hour.
     */
    private List<Figure> talkAlone(VoiceLanguage english, PhraseSet phrases, BackgroundTalk talk) throws IOException {
        int samples = BackgroundTalk.samples(options.talkMinutes() * 60);
        Map<String, short[]> streams = new LinkedHashMap<>();
        for (RoomCondition condition : options.conditions()) {
            if (condition.behind() == RoomCondition.Behind.PEOPLE || condition.behind() == RoomCondition.Behind.TV) {
                streams.put(condition.name(),
                        condition.heard(new float[samples], USUAL_SPEECH_RMS, 0, streams.size(), talk, random));
            }
        }
        float[] person = new float[samples];
        RoomSound.addAt(person, talk.onePerson(samples, random), USUAL_SPEECH_RMS / Math.pow(10, 10 / 20.0));
        streams.put("person10", RoomSound.toPcm(person));
        List<Figure> figures = new ArrayList<>();
        int falseCommands = 0;
        for (Map.Entry<String, short[]> stream : streams.entrySet()) {
            int taken = falseCommands(english, phrases, stream.getKey(), stream.getValue());
            falseCommands += taken;
            figures.add(Figure.of("voice." + stream.getKey() + ".talk_alone_false_per_hour",
                    taken * 60 / options.talkMinutes(), "/h"));
        }
        figures.add(Figure.of("voice.talk_alone_false_per_hour",
                falseCommands * 60 / (options.talkMinutes() * streams.size()), "/h"));
        return figures;
    }

    /** The commands the kiosk takes from {@code stream}, fed as the microphone does; each on stderr. */
    private int falseCommands(VoiceLanguage english, PhraseSet phrases, String name, short[] stream) throws IOException {
        int[] taken = {0};
        try (CommandRecognizer ours = english.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
            ours.hear(stream, (decision, sample) -> {
                if (decision.accepted()) {
                    taken[0]++;
                    System.err.printf("bench voice: false command in the talk alone, %s at %.1f s: %s '%s'%n", name,
                            sample / (double) RATE, decision.command(), decision.heard());
                }
                return true;
            });
        }
        return taken[0];
    }

    /** What the talk behind says in {@link #talkAlone} besides its own: everyday talk, some with command words. */
    private static List<String> talkWithCommandWords() {
        List<String> all = new ArrayList<>(TALK);
        all.addAll(COMMAND_WORDS);
        return all;
    }

    /** Runs a clip through both recognizers and counts what they did. */
    private final class Scorer {
        private final VoiceLanguage english;
        private final PhraseSet phrases;
        private final CommandRecognizer baseline;
        private final Tallies tallies;

        Scorer(VoiceLanguage english, PhraseSet phrases, CommandRecognizer baseline, Tallies tallies) {
            this.english = english;
            this.phrases = phrases;
            this.baseline = baseline;
            this.tallies = tallies;
        }

        void score(String key, Clip made, Command expected) throws IOException {
            Clip clip = options.asRecordings() ? made.asRecording() : made;
            try (CommandRecognizer ours = english.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
                count(tallies.kiosk(key), ours, clip, expected, true);
            }
            if (baseline != null) {
                baseline.reset();
                count(tallies.plain(key), baseline, clip, expected, false);
            }
        }
    }

    private static void count(Tally tally, CommandRecognizer recognizer, Clip clip, Command expected, boolean tell) {
        Optional<Decision> decision = recognizer.recognize(clip.pcm());
        Command heard = decision.filter(Decision::accepted).map(Decision::command).orElse(null);
        Command unsure = decision.map(Decision::unsure).orElse(null);
        if (tell && (!Objects.equals(heard, expected) || unsure != null)) {
            System.err.printf("bench voice: %s %s: %s%n", expected == null ? heard == null ? "unsure" : "false command"
                    : "miss", clip.what(), decision.map(d -> d.command() + " '" + d.heard() + "' " + d.reason()
                    + (d.unsure() == null ? "" : String.format(" (%s? %.2f of the bar)", d.unsure(), d.shareOfBar())))
                    .orElse("nothing"));
        }
        boolean asked = decision.filter(Decision::worthAsking).isPresent();
        if (expected == null) {
            tally.sentences++;
            tally.falseCommands += heard == null ? 0 : 1;
            tally.askedFalse += asked ? 1 : 0;
            return;
        }
        tally.commands++;
        if (expected.equals(heard)) {
            tally.right++;
            tally.delays.add((double) (decision.get().decidedAtMs() - clip.speechEndMillis()));
        } else if (heard != null) {
            tally.wrong++;
        } else if (asked) {
            // Only "yes" makes an asked command a command: a wrong one never acts, a right one does.
            if (expected.equals(unsure)) {
                tally.askedRight++;
            } else {
                tally.askedWrong++;
            }
        }
    }

    private void report(Tallies tallies) {
        Tally kioskAll = new Tally();
        Tally plainAll = new Tally();
        for (RoomCondition condition : options.conditions()) {
            String name = condition.name();
            Tally kiosk = within(tallies.kiosk, name, kioskAll);
            Tally plain = within(tallies.plain, name, plainAll);
            figures("voice." + name + ".", kiosk, plain);
        }
        figures("voice.", kioskAll, plainAll);
        out.println(Figure.against("voice.delay_p90", percentile(kioskAll.delays, 90), percentile(plainAll.delays, 90),
                "ms").json());
        for (String kind : List.of("talk", "command_words", "leaflet", "alone")) {
            Tally kiosk = ofKind(tallies.kiosk, kind);
            Tally plain = ofKind(tallies.plain, kind);
            out.println(Figure.against("voice.false_commands." + kind, percent(kiosk.falseCommands, kiosk.sentences),
                    percent(plain.falseCommands, plain.sentences), "%").json());
        }
        out.println(Figure.of("voice.command_clips", kioskAll.commands, "clips").json());
        out.println(Figure.of("voice.sentence_clips", kioskAll.sentences, "clips").json());
    }

    private void figures(String prefix, Tally kiosk, Tally plain) {
        out.println(Figure.against(prefix + "command_accuracy", percent(kiosk.right, kiosk.commands),
                percent(plain.right, plain.commands), "%").json());
        out.println(Figure.against(prefix + "wrong_commands", percent(kiosk.wrong, kiosk.commands),
                percent(plain.wrong, plain.commands), "%").json());
        out.println(Figure.against(prefix + "false_commands", percent(kiosk.falseCommands, kiosk.sentences),
                percent(plain.falseCommands, plain.sentences), "%").json());
        out.println(Figure.against(prefix + "delay_median", percentile(kiosk.delays, 50), percentile(plain.delays, 50),
                "ms").json());
        // Asking when unsure: misses heard just under the bar, whose command was right (a "yes" makes them
        // commands) or wrong (never a command without the yes), and questions asked over talk.
        out.println(Figure.of(prefix + "asked_right", percent(kiosk.askedRight, kiosk.commands), "%").json());
        out.println(Figure.of(prefix + "asked_wrong", percent(kiosk.askedWrong, kiosk.commands), "%").json());
        out.println(Figure.of(prefix + "asked_false", percent(kiosk.askedFalse, kiosk.sentences), "%").json());
        out.println(Figure.of(prefix + "command_accuracy_asking", percent(kiosk.right + kiosk.askedRight,
                kiosk.commands), "%").json());
    }

    /** All counts of a condition (its commands, and speech that is not a command in it), added to {@code all} too. */
    private static Tally within(Map<String, Tally> tallies, String condition, Tally all) {
        Tally sum = new Tally();
        tallies.forEach((key, tally) -> {
            if (key.equals(condition) || key.startsWith(condition + "|")) {
                sum.add(tally);
            }
        });
        all.add(sum);
        return sum;
    }

    private static Tally ofKind(Map<String, Tally> tallies, String kind) {
        Tally sum = new Tally();
        tallies.forEach((key, tally) -> {
            if (key.endsWith("|" + kind)) {
                sum.add(tally);
            }
        });
        return sum;
    }

    static double percent(int count, int of) {
        return of == 0 ? Double.NaN : 100.0 * count / of;
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
