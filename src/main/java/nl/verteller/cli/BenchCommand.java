package nl.verteller.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import nl.verteller.bench.AccessBenchmark;
import nl.verteller.bench.EchoBenchmark;
import nl.verteller.bench.FuzzBenchmark;
import nl.verteller.bench.PersonalBenchmark;
import nl.verteller.bench.RoomCondition;
import nl.verteller.bench.SoakBenchmark;
import nl.verteller.bench.StartupBenchmark;
import nl.verteller.bench.TtsBenchmark;
import nl.verteller.bench.VoiceBenchmark;
import nl.verteller.fuzz.FuzzTarget;
import nl.verteller.setup.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bench NAME}: prints one JSON line per figure; see each benchmark for what it measures. */
@Command(name = "bench", description = "figures as JSON lines", subcommands = {BenchCommand.Tts.class,
        BenchCommand.Startup.class, BenchCommand.Voice.class, BenchCommand.Echo.class, BenchCommand.Access.class,
        BenchCommand.Personal.class, BenchCommand.Soak.class, BenchCommand.Fuzz.class})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("bench takes one name: tts, startup, voice, echo, access, personal, soak, fuzz");
    }

    /** One benchmark: what it shares with the others is where it prints and the setup it measures. */
    private abstract static class Benchmark implements Callable<Integer> {
        @ParentCommand
        private BenchCommand bench;

        Setup setup() {
            return bench.verteller.setup();
        }

        PrintStream out() {
            return bench.verteller.out();
        }

        PrintStream err() {
            return bench.verteller.err();
        }
    }

    @Command(name = "tts", description = "speech out: time to first audio, real-time factor")
    static final class Tts extends Benchmark {
        @Override
        public Integer call() throws Exception {
            return new TtsBenchmark(setup(), out()).run();
        }
    }

    @Command(name = "startup", description = "time to the first painted frame, against a bare JVM")
    static final class Startup extends Benchmark {
        @Override
        public Integer call() throws Exception {
            return new StartupBenchmark(out()).run();
        }
    }

    @Command(name = "voice", description = "spoken commands in a waiting room: right, wrong, false, delay")
    static final class Voice extends Benchmark {
        @Option(names = "--conditions", split = ",", paramLabel = "NAME", description = "only these rooms")
        private List<String> conditions = List.of();

        @Option(names = "--every", paramLabel = "N", description = "every N-th command and sentence only")
        private int every = 1;

        @Option(names = "--tune", description = "the tuning set instead of the held-out one")
        private boolean tune;

        @Option(names = "--no-baseline", negatable = false, description = "without the plain recognizer")
        private boolean noBaseline;

        @Option(names = "--lead", paramLabel = "SECONDS", description = "talk or noise behind starts this long "
                + "before the command (default: 3)")
        private double lead = RoomCondition.LEAD_SECONDS;

        @Option(names = "--as-recordings", description = "each clip heard as `recognize` hears a file")
        private boolean asRecordings;

        @Option(names = "--talk-minutes", paramLabel = "N", description = "minutes of each room's talk alone, heard "
                + "as one stream (default: 3; 0: none)")
        private double talkMinutes = 3;

        @Override
        public Integer call() throws Exception {
            if (!(lead >= 0 && lead <= 60)) {
                throw new UsageException("bench voice --lead: 0 to 60 seconds");
            }
            if (!(talkMinutes >= 0 && talkMinutes <= 60)) {
                throw new UsageException("bench voice --talk-minutes: 0 to 60");
            }
            List<RoomCondition> named = Stream.concat(RoomCondition.ALL.stream(), RoomCondition.NAMED_ONLY.stream())
                    .toList();
            List<RoomCondition> rooms = conditions.isEmpty() ? RoomCondition.ALL
                    : named.stream().filter(c -> conditions.contains(c.name())).toList();
            if (rooms.size() != Set.copyOf(conditions).size() && !conditions.isEmpty() || every < 1) {
                throw new UsageException("bench voice --conditions: some of "
                        + named.stream().map(RoomCondition::name).toList() + "; --every: from 1");
            }
            return new VoiceBenchmark(setup(), out(),
                    new VoiceBenchmark.Options(rooms, every, tune, !noBaseline, lead, asRecordings,
                            talkMinutes)).run();
        }
    }

    @Command(name = "echo", description = "commands said over the kiosk's own reading: right, wrong, false, delay")
    static final class Echo extends Benchmark {
        @Override
        public Integer call() throws Exception {
            return new EchoBenchmark(setup(), out()).run();
        }
    }

    @Command(name = "access", description = "switch, dwell and keys: presses and time to a chapter")
    static final class Access extends Benchmark {
        @Override
        public Integer call() throws Exception {
            return new AccessBenchmark(setup(), out()).run();
        }
    }

    @Command(name = "personal", description = "own words taught and heard: right, wrong, false, delay")
    static final class Personal extends Benchmark {
        @Option(names = "--speakers", paramLabel = "N", description = "the first N speakers only")
        private int speakers = PersonalBenchmark.speakerCount();

        @Option(names = "--conditions", split = ",", paramLabel = "NAME", description = "only these conditions")
        private List<String> conditions = List.of();

        @Option(names = "--no-talk", negatable = false, description = "without the false-command sentences")
        private boolean noTalk;

        @Option(names = "--no-text", negatable = false, description = "without the text method (and fused)")
        private boolean noText;

        @Option(names = "--tune", description = "the tuning talkers behind the speaker instead of the held-out ones")
        private boolean tune;

        @Override
        public Integer call() throws Exception {
            PersonalBenchmark.Options options;
            try {
                options = new PersonalBenchmark.Options(speakers, conditions, !noTalk, !noText, tune);
            } catch (IllegalArgumentException e) {
                throw new UsageException("bench personal --" + e.getMessage());
            }
            return new PersonalBenchmark(setup(), out(), options).run();
        }
    }

    @Command(name = "soak", description = "the kiosk under random input from every method")
    static final class Soak extends Benchmark {
        @Option(names = "--minutes", paramLabel = "N", required = true)
        private int minutes;

        @Override
        public Integer call() throws Exception {
            if (minutes < 1 || minutes > 9999) {
                throw new UsageException("bench soak --minutes: from 1 to 9999, not " + minutes);
            }
            return new SoakBenchmark(out()).run(minutes);
        }
    }

    @Command(name = "fuzz", description = "every file reader fed N mutated inputs")
    static final class Fuzz extends Benchmark {
        @Option(names = "--inputs", paramLabel = "N", description = "per target (default 100000)")
        private int inputs = FuzzBenchmark.DEFAULT_INPUTS;

        @Parameters(paramLabel = "TARGET", arity = "0..*", description = "markdown, settings, profiles, wav")
        private List<String> names = List.of();

        @Override
        public Integer call() throws Exception {
            if (inputs < 1) {
                throw new UsageException("--inputs must be a whole number from 1, not " + inputs);
            }
            List<FuzzTarget> targets = new ArrayList<>();
            for (String name : names) {
                targets.add(FuzzTarget.named(name).orElseThrow(() -> new UsageException("no fuzz target \""
                        + name + "\" (markdown, settings, profiles, wav)")));
            }
            return new FuzzBenchmark(out(), err()).run(inputs, targets);
        }
    }
}
