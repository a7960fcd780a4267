package nl.verteller.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.verteller.config.Config;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command;
import nl.verteller.ownwords.AcousticMatch;
import nl.verteller.ownwords.AcousticMatcher;
import nl.verteller.ownwords.ConflictCheck;
import nl.verteller.ownwords.Enrolment;
import nl.verteller.ownwords.Fusion;
import nl.verteller.ownwords.OwnWord;
import nl.verteller.ownwords.OwnWordsListener;
import nl.verteller.ownwords.Profile;
import nl.verteller.ownwords.UnkeptTakes;
import nl.verteller.ownwords.WordLearner;
import nl.verteller.setup.Setup;
import nl.verteller.setup.VoiceSetup;
import nl.verteller.speech.EspeakSynthesizer;
import nl.verteller.speech.Synthesizer;
import nl.verteller.voice.CommandRecognizer;
import nl.verteller.voice.Decision;
import nl.verteller.voice.DutchBasicWords;
import nl.verteller.voice.PhraseSet;
import nl.verteller.voice.SyntheticTakes;
import nl.verteller.voice.VoiceLanguage;

/**
 * {@code bench personal}: seven synthetic Dutch speakers (espeak-ng voices at different pitches and
 * speeds) each teach the whole basic set of twelve words, three clean takes each; new takes (never
 * one of the enrolment takes: other speeds) are heard clean, at 20 and 10 dB SNR, with Dutch babble
 * behind at 10 dB, in a reverberant hall, 15 % slower and faster, and said by a weak voice (35 dB below a
 * usual level, over a microphone's hiss). False commands are counted on
 * the Dutch leaflet and on everyday Dutch talk (long, short, single words) in each speaker's voice.
 * Three methods side by side in one run: text (the speech model's strings, the baseline), acoustic
 * (the patient's own takes) and fused (acoustic with the text as second opinion). Figures per
 * condition: accuracy, wrong commands; overall: false commands, refused words, delay.
 *
 * <p>Options ({@link Options}, from {@code bench personal}'s): {@code --speakers N} the first N speakers
 * only, {@code --conditions babble,room} only those conditions ({@link #CONDITIONS}), {@code --no-talk} no
 * false-command sentences, {@code --no-text} without the text method (the slow part: the speech model),
 * and {@code --tune} the talkers and text behind the speaker kept for trying out changes instead of
 * those of the figures.
 */
public final class PersonalBenchmark {
    /** In a fixed order: text enrolment checks each word against those before it. */
    private static final Map<String, Command> WORDS = DutchBasicWords.WORDS;
    private static final List<Speaker> SPEAKERS = List.of(new Speaker("nl", 150), new Speaker("nl+f3", 135),
            new Speaker("nl+m3", 165), new Speaker("nl+f2", 150), new Speaker("nl+m7", 140),
            new Speaker("nl+f5", 160), new Speaker("nl+klatt4", 150));
    /** Everyday talk in a waiting room: long, short, single words, and talk that starts like a command. */
    private static final List<String> TALK = List.of("Goedemorgen, hoe gaat het met u?",
            "Ik heb vannacht slecht geslapen.", "Wil je een kopje koffie?", "Ja.", "Nee.", "Dank je wel.",
            "Wanneer komt de dokter?", "Mijn dochter komt vanmiddag op bezoek.", "Het regent al de hele dag.",
            "Even wachten.", "Hallo.", "Zeker.", "Misschien later.", "Waar is het toilet?",
            "De bus was te laat vanochtend.", "Ik wil graag naar huis.", "Kun je het raam open doen?",
            "Ik heb dorst.", "Goed.", "Tot straks.", "Ik heb hoofdpijn.", "Volgende week kom ik terug.",
            "Vorige keer was het druk.", "Begin maar.", "Pauze houden.", "Lees jij het maar voor.",
            "Hoofdstuk drie vond ik moeilijk.", "Herhaal dat eens?", "Een.", "Twee.", "Vier.", "Zes.");
    /** Talk behind the speaker for the figures: said nowhere else in the benchmark or in tuning. */
    private static final List<String> BABBLE_TEST = List.of("De buren hebben een nieuwe auto gekocht, een rode.",
            "Zaterdag gaan we met de kleinkinderen naar het strand.", "Het brood bij de bakker op de hoek is het lekkerst.",
            "Mijn zus belt elke zondagavond na het journaal.", "Die film op televisie duurde veel te lang gisteren.",
            "We hebben de tuin helemaal opnieuw laten bestraten.", "De trein naar Utrecht had weer twintig minuten vertraging.",
            "Ze zeggen dat het morgen gaat sneeuwen in het oosten.");
    /** Talk behind the speaker for trying out changes ({@code --tune}). */
    private static final List<String> BABBLE_TUNE = List.of("Onze kat slaapt de hele middag in de vensterbank.",
            "Vorig jaar zijn we met de caravan naar Frankrijk geweest.", "Het ziekenhuis heeft een nieuwe parkeergarage gebouwd.",
            "Mijn man kookt op vrijdag altijd vis met aardappelen.", "De bibliotheek is op woensdag tot negen uur open.",
            "Ik moet nog een cadeautje kopen voor mijn nichtje.", "Er staat een lange file op de snelweg bij Amersfoort.",
            "Ze heeft haar rijbewijs in een keer gehaald.");
    /** A room's background is there before the word is said, as long as the detector's memory of it. */
    private static final int LEAD_SAMPLES = 3 * 16_000;
    /** After a take (with its own second of quiet), the room goes on this long. */
    private static final int TAIL_SAMPLES = 16_000;
    /** A decision later than this after the end of speech is printed on stderr, with why. */
    private static final long SLOW_MILLIS = 450;
    /** The conditions new takes are heard in, in the order reported. */
    public static final List<String> CONDITIONS = List.of("clean", "20db", "10db", "babble", "room", "slower", "faster",
            "soft35");
    /** A weak voice's new takes: 35 dB below a usual level (speech at −56 dBFS), over a microphone's hiss. */
    private static final double SOFT_DB = 35;

    /**
     * What to run.
     *
     * @param speakers   the first this many speakers (1 to {@link #speakerCount()})
     * @param conditions only these of {@link #CONDITIONS}; all when empty
     * @param talk       count false commands on the leaflet and everyday talk
     * @param text       run the text method (and so the fused one) besides the acoustic
     * @param tune       the tuning talkers behind the speaker, not those of the figures
     */
    public record Options(int speakers, List<String> conditions, boolean talk, boolean text, boolean tune) {
        public Options {
            conditions = List.copyOf(conditions);
            if (speakers < 1 || speakers > SPEAKERS.size()) {
                throw new IllegalArgumentException("speakers: 1 to " + SPEAKERS.size() + ", not " + speakers);
            }
            if (!CONDITIONS.containsAll(conditions)) {
                throw new IllegalArgumentException("conditions: some of " + CONDITIONS + ", not " + conditions);
            }
        }
    }

    /** How many speakers there are. */
    public static int speakerCount() {
        return SPEAKERS.size();
    }

    private enum Method { TEXT, ACOUSTIC, FUSED }

    private record Speaker(String voice, int wordsPerMinute) {
    }

    /** How a new take is heard; {@code behind}: something goes on behind it, from before it starts. */
    private record Condition(String name, double speed, UnaryOperator<short[]> room, boolean behind) {
        short[] heard(short[] clean) {
            return room.apply(withTail(behind ? leadIn(clean) : clean));
        }

        long leadMillis() {
            return behind ? LEAD_SAMPLES / 16 : 0;
        }
    }

    /**
     * The room goes on after the take (its noise, its talk, the word's reverberation), as long as a
     * decision held until the speaker has clearly stopped may take.
     */
    private static short[] withTail(short[] take) {
        return java.util.Arrays.copyOf(take, take.length + TAIL_SAMPLES);
    }

    private static short[] leadIn(short[] clean) {
        short[] longer = new short[LEAD_SAMPLES + clean.length];
        System.arraycopy(clean, 0, longer, LEAD_SAMPLES, clean.length);
        return longer;
    }

    /**
     * Sentences that are no command, heard in their speakers' voices in {@code room} (given the room's
     * sound from before the patient speaks, as the words are); {@code inFigure}: counted in {@code
     * false_commands}, the figure (the leaflet and everyday talk with white noise 20 dB below);
     * the others, the same sentences where words drift furthest (white noise at 10 dB), amid the
     * talk behind (babble at 10 dB) and said by a weak voice, are reported on their own.
     */
    private record TalkSet(String name, List<String> sentences, UnaryOperator<short[]> room, boolean inFigure) {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** Counts per method for one condition or kind of talk. */
    private static final class Tally {
        final Map<Method, int[]> counts = new EnumMap<>(Method.class);
        /** The acoustic method's delays, in this condition. */
        final List<Long> delays = new ArrayList<>();
        int tried;
        /** For talk: counted in the false-command figure (see {@link TalkSet}). */
        boolean inFigure;

        void add(Method method, boolean right, boolean wrong) {
            int[] c = counts.computeIfAbsent(method, m -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1] += wrong ? 1 : 0;
        }
    }

    private final Setup setup;
    private final PrintStream out;
    private final Options options;
    private final Random random = new Random(5);
    /** The weak voice's hiss: its own, so the conditions and talk before it hear what they heard without it. */
    private final Random hiss = new Random(11);
    private final WordLearner learner = new WordLearner();
    private AcousticMatch lastMatch;
    /** The last accepted take's delay: after the end of speech in audio time, and matching. */
    private long lastWaitedMillis;
    private long lastComputingMillis;

    public PersonalBenchmark(Setup setup, PrintStream out, Options options) {
        this.setup = setup;
        this.out = out;
        this.options = options;
    }

    public int run() throws InterruptedException, IOException {
        long started = System.nanoTime();
        Leaflet dutch = setup.library().find("als", Language.NL).orElseThrow();
        List<String> leaflet = dutch.chapters().stream().flatMap(c -> c.sentences().stream()).map(Sentence::text)
                .toList();
        List<String> titles = dutch.chapters().stream().map(Chapter::title).toList();
        Map<String, Tally> conditions = new LinkedHashMap<>();
        Map<String, Tally> talk = new LinkedHashMap<>();
        Map<Method, Integer> refused = new EnumMap<>(Method.class);
        Map<Method, List<Long>> delays = new EnumMap<>(Method.class);
        // Taught as the kiosk teaches a Dutch patient (with the own-words model) and heard as the kiosk
        // hears one on its home screen: the Dutch phrases and titles its model knows, and the own words.
        try (VoiceLanguage teacher = VoiceSetup.load(setup, VoiceSetup.personalModel(setup.config()));
                VoiceLanguage model = VoiceSetup.loadFor(setup, Language.NL)) {
            for (int s = 0; s < options.speakers(); s++) {
                Speaker speaker = SPEAKERS.get(s);
                try (Synthesizer voice = voice(speaker)) {
                    short[] babble = babble(s);
                    Profile profile = new Profile(speaker.voice(), Map.of());
                    Map<Command, OwnWord> own = new LinkedHashMap<>();
                    List<UnkeptTakes> unkept = new ArrayList<>();
                    for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                        List<short[]> takes = enrolmentTakes(voice, word.getKey());
                        try {
                            profile = !options.text() ? profile
                                    : new Enrolment(teacher).enrolAsText(profile, word.getValue(), takes);
                        } catch (Enrolment.Refused e) {
                            System.err.println("bench personal: text refused " + speaker.voice() + " \""
                                    + word.getKey() + "\": " + e.getMessage());
                            refused.merge(Method.TEXT, 1, Integer::sum);
                        }
                        OwnWord learnt = learner.learn(takes);
                        Optional<Command> conflict = ConflictCheck.conflict(own, word.getValue(), learnt);
                        if (conflict.isPresent()) {
                            // As the kiosk does: the word is refused (the benchmark does not choose another).
                            System.err.println("bench personal: acoustic refused " + speaker.voice() + " \""
                                    + word.getKey() + "\": too near the word for " + conflict.get().token());
                            refused.merge(Method.ACOUSTIC, 1, Integer::sum);
                            refused.merge(Method.FUSED, 1, Integer::sum);
                            // As the kiosk keeps them: the patient may still say it, and must get nothing.
                            unkept.add(new UnkeptTakes(word.getValue(), learnt.templates()));
                        } else {
                            own.put(word.getValue(), learnt);
                        }
                    }
                    AcousticMatcher matcher = new AcousticMatcher(own, unkept);
                    PhraseSet phrases = model.phrases(titles).withPersonal(profile);
                    for (Condition condition : conditions(babble)) {
                        Tally tally = conditions.computeIfAbsent(condition.name(), k -> new Tally());
                        for (Map.Entry<String, Command> word : WORDS.entrySet()) {
                            short[] clean = take(voice, word.getKey(), condition.speed());
                            long end = endOfSpeechMillis(clean) + condition.leadMillis();
                            Map<Method, Optional<Command>> heard = hear(model, phrases, matcher,
                                    condition.heard(clean), end, delays);
                            tally.tried++;
                            if (lastMatch.accepted()) {
                                tally.delays.add(lastWaitedMillis + lastComputingMillis);
                            }
                            if (lastMatch.accepted() && lastWaitedMillis + lastComputingMillis > SLOW_MILLIS) {
                                System.err.printf("bench personal: slow %s %s \"%s\": %d ms after the speech, %d ms"
                                        + " matching%n", condition.name(), speaker.voice(), word.getKey(),
                                        lastWaitedMillis, lastComputingMillis);
                            }
                            heard.forEach((method, command) -> {
                                boolean right = command.filter(word.getValue()::equals).isPresent();
                                tally.add(method, right, command.isPresent() && !right);
                                if (!right && method != Method.TEXT) {
                                    System.err.printf("bench personal: %s %s %s \"%s\": %s (%s)%n", method,
                                            condition.name(), speaker.voice(), word.getKey(),
                                            command.map(Command::token).orElse("nothing"), explained(lastMatch));
                                }
                            });
                        }
                    }
                    List<TalkSet> talks = !options.talk() ? List.of() : talkSets(leaflet, babble);
                    for (TalkSet set : talks) {
                        Tally tally = talk.computeIfAbsent(set.name(), k -> new Tally());
                        tally.inFigure = set.inFigure();
                        for (String sentence : set.sentences()) {
                            short[] audio = set.room().apply(withTail(leadIn(take(voice, sentence, 1.0))));
                            tally.tried++;
                            hear(model, phrases, matcher, audio, 0, null).forEach((method, command) -> {
                                tally.add(method, false, command.isPresent());
                                if (command.isPresent() && method != Method.TEXT) {
                                    System.err.printf("bench personal: %s false %s %s \"%s\": %s (%s)%n", method,
                                            set.name(), speaker.voice(), sentence, command.get().token(),
                                            explained(lastMatch));
                                }
                            });
                        }
                    }
                }
            }
        } catch (VoiceSetup.Unavailable e) {
            System.err.println("bench personal: " + e.getMessage());
            return 1;
        }
        report(conditions, talk, refused, delays);
        partlyTaught();
        out.println(Figure.of("personal.bench_seconds", (System.nanoTime() - started) / 1e9, "s").json());
        return 0;
    }

    /**
     * Profiles with part of the guided round taught (a patient who skipped words): each word alone, and
     * every other word (two halves), per speaker. The words taught are said again, the others said as new
     * takes, clean, through white noise 20 and 10 dB below them, and with people talking 10 dB below; to half
     * the round, everyday talk ({@link #TALK}) in the same rooms. With
     * no own word for "hoofdstuk twee" to be nearer to, only the limit of a taught "hoofdstuk een" refuses
     * it: dry in a quiet room its limit for dry speech, in a room that covers part of it the limit as far as
     * that room moves the takes apart (see {@link AcousticMatcher}). Acoustic only, after everything else,
     * so the figures before it are what they were.
     */
    private void partlyTaught() throws InterruptedException {
        Random noise = new Random(17);
        Random talkNoise = new Random(23);
        // Per profile kind and room: untaught words taken, untaught said, taught heard as themselves, taught said.
        Map<String, int[]> counts = new LinkedHashMap<>();
        // Per room, half the round taught: everyday talk taken for a command, talk said.
        Map<String, int[]> talkCounts = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(WORDS.keySet());
        for (int s = 0; s < options.speakers(); s++) {
            Speaker speaker = SPEAKERS.get(s);
            short[] babble = babble(s);
            Map<String, UnaryOperator<short[]>> rooms = partlyTaughtRooms(babble, noise);
            // The talk's own draws, so that the words' figures do not move with it.
            Map<String, UnaryOperator<short[]>> talkRooms = partlyTaughtRooms(babble, talkNoise);
            try (Synthesizer voice = voice(speaker)) {
                Map<String, short[]> newTakes = new LinkedHashMap<>();
                Map<String, OwnWord> learnt = new LinkedHashMap<>();
                for (String word : all) {
                    newTakes.put(word, take(voice, word, 1.05));
                    learnt.put(word, learner.learn(enrolmentTakes(voice, word)));
                }
                List<short[]> talk = new ArrayList<>();
                for (String sentence : TALK) {
                    talk.add(take(voice, sentence, 1.0));
                }
                Map<List<String>, String> profiles = new LinkedHashMap<>();
                all.forEach(word -> profiles.put(List.of(word), "one_word_taught"));
                for (int half = 0; half < 2; half++) {
                    List<String> taught = new ArrayList<>();
                    for (int i = half; i < all.size(); i += 2) {
                        taught.add(all.get(i));
                    }
                    profiles.put(taught, "half_taught");
                }
                profiles.forEach((taught, kind) -> {
                    Map<Command, OwnWord> profile = new LinkedHashMap<>();
                    taught.forEach(word -> profile.put(WORDS.get(word), learnt.get(word)));
                    AcousticMatcher matcher = new AcousticMatcher(profile);
                    newTakes.forEach((said, pcm) -> rooms.forEach((room, heardIn) -> {
                        int[] count = counts.computeIfAbsent(kind + room, k -> new int[4]);
                        boolean itself = taught.contains(said);
                        Optional<Command> heard = new OwnWordsListener(matcher).firstCommand(heardIn.apply(pcm));
                        // A word taught counts when heard as itself; one left out, when taken for anything.
                        boolean hit = itself ? heard.equals(Optional.of(WORDS.get(said))) : heard.isPresent();
                        count[itself ? 3 : 1]++;
                        count[itself ? 2 : 0] += hit ? 1 : 0;
                        if (hit != itself) {
                            System.err.printf("bench personal: %s%s %s \"%s\" %s%n", kind, room, speaker.voice(),
                                    said, heard.map(c -> "taken for " + c.token()).orElse("missed"));
                        }
                    }));
                    if (kind.equals("half_taught")) {
                        talkRooms.forEach((room, heardIn) -> talk.forEach(pcm -> {
                            int[] count = talkCounts.computeIfAbsent(kind + room, k -> new int[2]);
                            count[1]++;
                            count[0] += new OwnWordsListener(matcher).firstCommand(heardIn.apply(pcm)).isPresent() ? 1 : 0;
                        }));
                    }
                });
            }
        }
        counts.forEach((room, count) -> {
            out.println(Figure.of("personal.acoustic.wrong." + room, 100.0 * count[0] / count[1], "%").json());
            out.println(Figure.of("personal.acoustic.accuracy." + room, 100.0 * count[2] / count[3], "%").json());
        });
        talkCounts.forEach((room, count) ->
                out.println(Figure.of("personal.acoustic.false." + room, 100.0 * count[0] / count[1], "%").json()));
    }

    /** The rooms of {@link #partlyTaught}, by the suffix of their figures' names: clean, white noise, people talking. */
    private static Map<String, UnaryOperator<short[]>> partlyTaughtRooms(short[] babble, Random random) {
        Map<String, UnaryOperator<short[]>> rooms = new LinkedHashMap<>();
        rooms.put("", pcm -> pcm);
        rooms.put("_20db", pcm -> SyntheticTakes.withNoise(pcm, 20, random));
        rooms.put("_10db", pcm -> SyntheticTakes.withNoise(pcm, 10, random));
        rooms.put("_babble", pcm -> SyntheticTakes.withBabble(pcm, babble, 10, random));
        return rooms;
    }

    /** What each method makes of one take: text on the whole take, acoustic and fused as the kiosk streams it. */
    private Map<Method, Optional<Command>> hear(VoiceLanguage model, PhraseSet phrases, AcousticMatcher matcher,
            short[] audio, long endOfSpeech, Map<Method, List<Long>> delays) throws IOException {
        Optional<Decision> text = Optional.empty();
        try (CommandRecognizer recognizer = model.recognizer(phrases, VoiceSetup.rules(setup.config()))) {
            text = options.text() ? recognizer.recognize(audio).filter(Decision::accepted) : text;
        }
        OwnWordsListener listener = new OwnWordsListener(matcher);
        AcousticMatch acoustic = null;
        long decided = 0;
        long computing = 0;
        int chunk = 640;
        for (int at = 0; at < audio.length && (acoustic == null || !acoustic.accepted()); at += chunk) {
            int count = Math.min(chunk, audio.length - at);
            long began = System.nanoTime();
            Optional<OwnWordsListener.Heard> heard = listener.accept(java.util.Arrays.copyOfRange(audio, at, at + count),
                    count);
            long spent = System.nanoTime() - began;
            if (heard.isPresent()) {
                acoustic = heard.get().match();
                decided = heard.get().decidedAtMillis();
                computing = spent / 1_000_000;
            }
        }
        AcousticMatch match = acoustic != null ? acoustic
                : AcousticMatch.nothingHeard();
        Optional<Command> textCommand = text.map(Decision::command);
        lastMatch = match;
        Map<Method, Optional<Command>> heard = new EnumMap<>(Method.class);
        heard.put(Method.TEXT, textCommand);
        heard.put(Method.ACOUSTIC, Optional.ofNullable(match.command()));
        heard.put(Method.FUSED, Fusion.decide(match, textCommand));
        if (delays != null) {
            text.ifPresent(d -> delays.computeIfAbsent(Method.TEXT, m -> new ArrayList<>()).add(d.decidedAtMs() - endOfSpeech));
            if (match.accepted()) {
                long delay = decided + computing - endOfSpeech;
                lastWaitedMillis = decided - endOfSpeech;
                lastComputingMillis = computing;
                delays.computeIfAbsent(Method.ACOUSTIC, m -> new ArrayList<>()).add(delay);
                // Fusion waits for the text decision too.
                long fused = Math.max(delay, text.map(d -> d.decidedAtMs() - endOfSpeech).orElse(delay));
                delays.computeIfAbsent(Method.FUSED, m -> new ArrayList<>()).add(fused);
            }
        }
        return heard;
    }

    private static String explained(AcousticMatch match) {
        return String.format(java.util.Locale.ROOT, "nearest %s at %.2f of its limit, contrast %.2f%s",
                match.nearest() == null ? "-" : match.nearest().token(), match.distance() / match.limit(),
                match.contrast(), match.reason() == null ? "" : ": " + match.reason());
    }

    private void report(Map<String, Tally> conditions, Map<String, Tally> talk, Map<Method, Integer> refused,
            Map<Method, List<Long>> delays) {
        for (Method method : Method.values()) {
            String prefix = "personal." + method.name().toLowerCase() + ".";
            int tried = 0;
            int right = 0;
            int wrong = 0;
            for (Map.Entry<String, Tally> condition : conditions.entrySet()) {
                int[] c = condition.getValue().counts.getOrDefault(method, new int[2]);
                out.println(Figure.of(prefix + "accuracy." + condition.getKey(), 100.0 * c[0] / condition.getValue().tried,
                        "%").json());
                out.println(Figure.of(prefix + "wrong." + condition.getKey(), 100.0 * c[1] / condition.getValue().tried,
                        "%").json());
                if (method == Method.ACOUSTIC) {
                    List<Long> delay = new ArrayList<>(condition.getValue().delays);
                    delay.sort(null);
                    out.println(Figure.of(prefix + "delay_median." + condition.getKey(),
                            delay.isEmpty() ? Double.NaN : delay.get(delay.size() / 2), "ms").json());
                    out.println(Figure.of(prefix + "delay_p90." + condition.getKey(),
                            delay.isEmpty() ? Double.NaN : delay.get(delay.size() * 9 / 10), "ms").json());
                }
                tried += condition.getValue().tried;
                right += c[0];
                wrong += c[1];
            }
            out.println(Figure.of(prefix + "accuracy", 100.0 * right / tried, "%").json());
            out.println(Figure.of(prefix + "wrong_commands", 100.0 * wrong / tried, "%").json());
            int sentences = 0;
            int falseCommands = 0;
            for (Map.Entry<String, Tally> kind : talk.entrySet()) {
                int[] c = kind.getValue().counts.getOrDefault(method, new int[2]);
                out.println(Figure.of(prefix + "false." + kind.getKey(), 100.0 * c[1] / kind.getValue().tried, "%").json());
                if (kind.getValue().inFigure) {
                    sentences += kind.getValue().tried;
                    falseCommands += c[1];
                }
            }
            out.println(Figure.of(prefix + "false_commands", 100.0 * falseCommands / sentences, "%").json());
            out.println(Figure.of(prefix + "refused_words", refused.getOrDefault(method, 0), "words").json());
            List<Long> delay = new ArrayList<>(delays.getOrDefault(method, List.of()));
            delay.sort(null);
            out.println(Figure.of(prefix + "delay_median", delay.isEmpty() ? Double.NaN : delay.get(delay.size() / 2),
                    "ms").json());
            out.println(Figure.of(prefix + "delay_p90", delay.isEmpty() ? Double.NaN : delay.get(delay.size() * 9 / 10),
                    "ms").json());
        }
    }

    private List<TalkSet> talkSets(List<String> leaflet, short[] babble) {
        List<String> all = concat(leaflet, TALK);
        return List.of(new TalkSet("leaflet", leaflet, pcm -> SyntheticTakes.withNoise(pcm, 20, random), true),
                new TalkSet("talk", TALK, pcm -> SyntheticTakes.withNoise(pcm, 20, random), true),
                new TalkSet("in_noise_10db", all, pcm -> SyntheticTakes.withNoise(pcm, 10, random), false),
                new TalkSet("in_babble_10db", all, pcm -> SyntheticTakes.withBabble(pcm, babble, 10, random), false),
                new TalkSet("soft35", all, pcm -> SyntheticTakes.weak(pcm, SOFT_DB, hiss), false));
    }

    private List<Condition> conditions(short[] babble) {
        List<Condition> all = List.of(new Condition("clean", 0.95, pcm -> pcm, false),
                new Condition("20db", 1.05, pcm -> SyntheticTakes.withNoise(pcm, 20, random), true),
                new Condition("10db", 0.95, pcm -> SyntheticTakes.withNoise(pcm, 10, random), true),
                new Condition("babble", 1.05, pcm -> SyntheticTakes.withBabble(pcm, babble, 10, random), true),
                new Condition("room", 0.95, pcm -> SyntheticTakes.inRoom(pcm, 700, 0.35, random), false),
                new Condition("slower", 0.85, pcm -> pcm, false),
                new Condition("faster", 1.15, pcm -> pcm, false),
                new Condition("soft35", 1.05, pcm -> SyntheticTakes.weak(pcm, SOFT_DB, hiss), true));
        return options.conditions().isEmpty() ? all
                : all.stream().filter(c -> options.conditions().contains(c.name())).toList();
    }

    /**
     * Four people talking at once behind the speaker, each their own sentences: voices and text used
     * nowhere else (not the speakers', not the leaflet, not the talk). {@code --tune}
     * takes another set of voices and text, for trying out changes on what is not measured.
     */
    private short[] babble(int speaker) throws InterruptedException {
        boolean tune = options.tune();
        List<String> voices = tune ? List.of("nl+m2", "nl+f4", "nl+m6", "nl+anika") : List.of("nl+m1", "nl+f1", "nl+m4", "nl+grandma");
        List<String> text = tune ? BABBLE_TUNE : BABBLE_TEST;
        List<short[]> talkers = new ArrayList<>();
        int length = 0;
        for (int k = 0; k < voices.size(); k++) {
            try (Synthesizer voice = voice(new Speaker(voices.get(k), 140 + 10 * k))) {
                int first = (speaker + 2 * k) % text.size();
                short[] talk = withoutSilenceAround(take(voice, text.get(first) + " " + text.get((first + 1) % text.size()), 1.0));
                talkers.add(talk);
                length = Math.max(length, talk.length);
            }
        }
        // Each talker goes round on their own, from their own place: people behind do not all pause at once.
        short[] mixed = new short[length];
        for (int k = 0; k < talkers.size(); k++) {
            short[] talk = talkers.get(k);
            for (int i = 0; i < length; i++) {
                int sample = mixed[i] + talk[(i + k * talk.length / talkers.size()) % talk.length];
                mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
            }
        }
        return mixed;
    }

    private static short[] withoutSilenceAround(short[] pcm) {
        int from = 0;
        int to = pcm.length;
        while (from < to && Math.abs(pcm[from]) < 100) {
            from++;
        }
        while (to > from && Math.abs(pcm[to - 1]) < 100) {
            to--;
        }
        return java.util.Arrays.copyOfRange(pcm, from, to);
    }

    private Synthesizer voice(Speaker speaker) {
        return new EspeakSynthesizer(setup.config().get(Config.ESPEAK_COMMAND), Map.of(Language.NL, speaker.voice()),
                speaker.wordsPerMinute(), 10_000);
    }

    /** The three clean takes a speaker teaches a word with: never a speed the new takes are said at. */
    private static List<short[]> enrolmentTakes(Synthesizer voice, String word) throws InterruptedException {
        return List.of(take(voice, word, 0.9), take(voice, word, 1.0), take(voice, word, 1.1));
    }

    private static short[] take(Synthesizer voice, String text, double speed) throws InterruptedException {
        return SyntheticTakes.spoken(voice, text, Language.NL, speed);
    }

    /** Where the last sound of a clean take ends, in ms. */
    private static long endOfSpeechMillis(short[] clean) {
        int last = clean.length - 1;
        while (last > 0 && Math.abs(clean[last]) < 200) {
            last--;
        }
        return last * 1000L / 16_000;
    }
}
