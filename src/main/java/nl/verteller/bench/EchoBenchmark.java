package nl.verteller.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.dsp.RoomSound;
import nl.verteller.kiosk.Command;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.ChapterRecording;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.RecognitionRules;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code bench echo}: the kiosk reads every chapter of the English leaflet aloud (its own voice) in three
 * simulated rooms ({@link EchoSimulation}: the PulseAudio loop, a small damped room, a bare room), and a
 * patient says a command that may barge in 8 s into each, as loud as the narration at the microphone, 10
 * and 20 dB quieter, in five voices that are not the narrator's (espeak-ng's three, flite's held-out two).
 * Heard through the echo canceller as voice control hears while it reads ({@link VoiceLanguage#whileReading}).
 * Per room: commands heard right and wrong, the narration's own false commands per hour of it, and the
 * median delay after the command's end; against the same microphone without the canceller, measured in the
 * same run. Dutch has no speech model here, so no Dutch figure.
 *
 * <p>Each chapter is read by the kiosk's own narrator (its voice, pronunciations, speed and the gaps between
 * sentences), and the kiosk's own words ignored follow it as in the kiosk: the sentence being read and the
 * one before ({@link Chapter#spokenAround}).
 */
public final class EchoBenchmark {
    private static final int SAID_AT_MILLIS = 8000;
    private static final int RATE = 16_000;
    /** A command decided later than this after it was said is the narration's, not the patient's. */
    private static final int ANSWER_MILLIS = 3000;
    private static final double[] PATIENT_DB = {0, -10, -20};
    private static final Map<String, Command> COMMANDS = Map.of("pause", Command.of(Command.Kind.PAUSE),
            "stop", Command.of(Command.Kind.PAUSE), "softer", Command.of(Command.Kind.SOFTER),
            "louder", Command.of(Command.Kind.LOUDER), "slower", Command.of(Command.Kind.SLOWER),
            "faster", Command.of(Command.Kind.FASTER));
    private static final List<String> SAID = COMMANDS.keySet().stream().sorted().toList();
    private static final Map<String, EchoSimulation.Room> ROOMS = Map.of("loop", EchoSimulation.Room.LOOPBACK,
            "small_room", EchoSimulation.Room.SMALL_ROOM, "bare_room", EchoSimulation.Room.BARE_ROOM);

    private final Setup setup;
    private final PrintStream out;

    public EchoBenchmark(Setup setup, PrintStream out) {
        this.setup = setup;
        this.out = out;
    }

    public int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Optional<String> noVoice = setup.synthesizers().problem(Language.EN);
        Leaflet leaflet = setup.library().leaflets(Language.EN).stream().findFirst().orElse(null);
        if (noVoice.isPresent() || leaflet == null) {
            System.err.println("bench echo: " + (leaflet == null ? "no English leaflet" : "no English voice: "
                    + noVoice.get()));
            return 1;
        }
        List<Synthesizer> patients = PatientVoices.english(setup.config(), VoiceBenchmark.TEST_FLITE_VOICES,
                "bench echo");
        try (VoiceLanguage english = VoiceSetup.load(setup, Language.EN)) {
            RecognitionRules rules = VoiceSetup.rules(setup.config());
            List<ChapterRecording> readings = new ArrayList<>();
            for (Chapter chapter : leaflet.chapters()) {
                ChapterRecording reading = ChapterRecording.record(setup.synthesizers(), leaflet, chapter,
                        setup.library().pronunciation(Language.EN), setup.config().get(Config.READING_GAP_MS),
                        setup.config().get(Config.READING_RATE_STEP), 600);
                if (reading.problem() != null) {
                    System.err.println("bench echo: chapter " + chapter.number() + " not read: " + reading.problem());
                    return 1;
                }
                readings.add(reading);
            }
            for (String room : ROOMS.keySet().stream().sorted().toList()) {
                RoomRuns heard = new RoomRuns(room, english, rules, ROOMS.get(room));
                int turn = 0;
                for (Chapter chapter : leaflet.chapters()) {
                    for (double patientDb : PATIENT_DB) {
                        for (Synthesizer patient : patients) {
                            String command = SAID.get(turn++ % SAID.size());
                            heard.run(chapter, readings.get(chapter.number() - 1), patient, command, patientDb);
                        }
                    }
                }
                report("echo." + room, heard.cancelled, heard.baseline);
            }
        } catch (VoiceSetup.Unavailable e) {
            System.err.println("bench echo: " + e.getMessage());
            return 1;
        } finally {
            patients.forEach(Synthesizer::close);
        }
        out.println(Figure.of("echo.bench_seconds", (System.nanoTime() - started) / 1e9, "s").json());
        return 0;
    }

    /** One room: each run heard through the canceller, and the same microphone without it (the baseline). */
    private static final class RoomRuns {
        final VoiceLanguage english;
        final RecognitionRules rules;
        final EchoSimulation.Room room;
        final Tally cancelled;
        final Tally baseline = new Tally(null);

        RoomRuns(String name, VoiceLanguage english, RecognitionRules rules, EchoSimulation.Room room) {
            this.english = english;
            this.rules = rules;
            this.room = room;
            this.cancelled = new Tally(name);
        }

        /** {@code patient} says {@code command} {@code patientDb} against {@code reading} of {@code chapter}. */
        void run(Chapter chapter, ChapterRecording reading, Synthesizer patient, String command, double patientDb)
                throws IOException, InterruptedException {
            short[] spoken = SyntheticTakes.spoken(patient, command, Language.EN, 1.0);
            EchoSimulation.Result result = EchoSimulation.run(reading.pcm(), reading.sampleRate(), spoken,
                    SAID_AT_MILLIS, patientDb, room);
            long saidEnd = SAID_AT_MILLIS + RoomSound.lastSound(RoomSound.toFloats(spoken)) * 1000L / RATE;
            String which = String.format("%s \"%s\" %+.0f dB over \"%s\"", patient.name(), command, patientDb,
                    chapter.title());
            boolean[] unmarked = new boolean[result.microphone().length];
            cancelled.add(EchoSimulation.acceptedWhileReading(english, rules, chapter, reading, result.cancelled(),
                    result.uncancelled()), COMMANDS.get(command), saidEnd, result.seconds(), which);
            baseline.add(EchoSimulation.acceptedWhileReading(english, rules, chapter, reading, result.microphone(),
                    unmarked), COMMANDS.get(command), saidEnd, result.seconds(), which);
        }
    }

    /** What one way of listening made of the runs in one room; if named, each miss, wrong and false on stderr. */
    private static final class Tally {
        /** The room, in what is told on stderr; null: nothing is told. */
        final String room;
        int runs;
        int right;
        int wrong;
        int falseCommands;
        double seconds;
        final List<Long> delays = new ArrayList<>();

        Tally(String room) {
            this.room = room;
        }

        /**
         * One run ({@code which} names it): the patient said {@code said}, ending at {@code saidEnd} ms, in
         * {@code seconds} of narration.
         */
        void add(List<Decision> heard, Command said, long saidEnd, double seconds, String which) {
            runs++;
            this.seconds += seconds;
            boolean answered = false;
            for (Decision decision : heard) {
                long at = decision.decidedAtMs();
                boolean patients = !answered && at >= SAID_AT_MILLIS && at <= saidEnd + ANSWER_MILLIS;
                if (patients && decision.command().equals(said)) {
                    right++;
                    delays.add(at - saidEnd);
                } else if (patients) {
                    wrong++;
                    tell("wrong", which, decision);
                } else {
                    falseCommands++;
                    tell("false command", which, decision);
                }
                answered |= patients;
            }
            if (!answered) {
                tell("miss", which, null);
            }
        }

        private void tell(String what, String which, Decision decision) {
            if (room != null) {
                System.err.printf("bench echo: %s in the %s, %s%s%n", what, room, which, decision == null ? ""
                        : String.format(": %s '%s' at %.1f s", decision.command(), decision.heard(),
                                decision.decidedAtMs() / 1000.0));
            }
        }

        double rightPercent() {
            return 100.0 * right / runs;
        }

        double wrongPercent() {
            return 100.0 * wrong / runs;
        }

        double falsePerHour() {
            return falseCommands * 3600 / seconds;
        }

        double medianDelay() {
            List<Long> sorted = delays.stream().sorted().toList();
            return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        }
    }

    private void report(String name, Tally ours, Tally baseline) {
        out.println(Figure.against(name + ".right", ours.rightPercent(), baseline.rightPercent(), "%").json());
        out.println(Figure.against(name + ".wrong", ours.wrongPercent(), baseline.wrongPercent(), "%").json());
        out.println(Figure.against(name + ".false_per_hour", ours.falsePerHour(), baseline.falsePerHour(), "/h")
                .json());
        out.println(Figure.against(name + ".delay_median", ours.medianDelay(), baseline.medianDelay(), "ms").json());
        out.println(Figure.of(name + ".narration", ours.seconds / 60, "min").json());
    }
}
