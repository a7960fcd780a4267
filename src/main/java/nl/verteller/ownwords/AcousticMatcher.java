package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.verteller.audio.SpeechAboveRoom;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.OwnWords;

/**
 * Decides which of a patient's own words an utterance is, by aligning it to every take of every word,
 * and refuses it unless all of these hold:
 * <ol>
 * <li>it is as near to the nearest word's takes as the patient's own takes of it were to each other,
 *     noisy and reverberant copies included ({@link OwnWord#limit()}); by a profile that lacks some of
 *     the guided round's words, only as near as the room excuses: heard dry in a quiet room, as the takes
 *     and their faster and slower copies alone ({@link OwnWord#dryLimit()}); in a room that covers part
 *     of it, as the takes as if said there ({@link OwnWord#limitIn});</li>
 * <li>where the nearest two words differ, it sounds like the nearest ({@link #MIN_CONTRAST}): two
 *     words that share a part ("hoofdstuk een", "hoofdstuk zes") are told apart by the part that
 *     differs, not drowned in the part they share; measured against all takes of both words, not only
 *     the nearest, so one take that happens to be near or far there does not decide;</li>
 * <li>its length is that of a take said up to 1.6 times as fast or slow (see {@link Dtw}), so long talk is
 *     never stretched onto a short word;</li>
 * <li>the word is the whole utterance: no part of it, with {@link #MIN_LEFT_OUT_FRAMES} or more left
 *     out at the start or the end, is nearer to the word, or to any other own word, than the whole
 *     ("Begin maar." is not "begin", "Vorige keer." not "hoofdstuk een"); a part left out counts only
 *     if it holds something the patient said (see {@link #PATIENT_SAID_DB}), not just the
 *     talk behind it that the utterance began or ended in;</li>
 * <li>nothing is said within it: the alignment holds no moment of the nearest take for
 *     {@link #SAID_WITHIN_FRAMES} or more frames that hold more than the room and sound unlike that moment
 *     ("Lees de brief voor." is not "lees voor"; see {@link #saysMoreWithin});</li>
 * <li>it is not nearer to the start of a longer own word than to the word ("hoofdstuk", its number
 *     lost in noise, is not "vorige").</li>
 * </ol>
 * The word must also win against the takes the patient said while teaching that were not kept
 * ({@link UnkeptTakes}), as against another word: an utterance nearest to them, or as near to them
 * where they differ, is refused.
 * Talk that is not a command is the hard part: a wrong command costs a patient's trust more than a
 * miss, so every doubt refuses.
 */
public final class AcousticMatcher {
    /** Of the frames where the nearest two words sound different, the share nearer the first, as -1..1. */
    static final double MIN_CONTRAST = 0.4;
    /** Words this much further than the nearest still compete where they differ from it. */
    static final double CLOSE = 1.25;
    /** A match beyond this share of its limit is doubtful (see {@link #doubtful}). */
    static final double EDGE_OF_LIMIT = 0.9;
    /** A match beyond this share of its limit, with a contrast under {@link #CLEAR_CONTRAST}, is doubtful. */
    static final double OUTER_LIMIT = 0.8;
    /** A contrast that tells the word clearly from the runner-up: clean takes give 0.8 and more. */
    static final double CLEAR_CONTRAST = 0.6;
    /** A word this many times as long as an utterance may have begun with it. */
    static final double LONGER = 1.3;

    /** A part of an utterance leaves out at least this much of it (200 ms: a short word). */
    static final int MIN_LEFT_OUT_FRAMES = 20;
    /**
     * Held on one moment of the take this long, an utterance says something within the word (150 ms: a
     * short syllable). Words said again in {@code bench personal}'s rooms, the hall and people talking
     * included, held one for 120 ms at the most; "Lees jij het maar voor." for "lees voor", 180 ms and more.
     */
    static final int SAID_WITHIN_FRAMES = 15;
    /**
     * A part of an utterance beside the word holds something the patient said when it rises this far
     * above the room (its loudest 50 ms): less than the near voice's {@link SpeechAboveRoom#NEAR_DB},
     * since the patient's own softer syllables after a word ("Begin maar.", "Dank je wel.") hardly rise
     * that far in noise, and a word said with more after it must be refused. Measured: false commands on
     * sentences in white noise at 10 dB 4.0 -> 3.1 %.
     */
    static final double PATIENT_SAID_DB = 8;
    /** A frame this far above the room holds more than the room: not a pause (white noise stays within 1–2 dB). */
    static final double SOUNDS_DB = 3;
    /**
     * A frame held on one moment of the take says something else when it lies this many times the
     * alignment's mean distance from it: a vowel drawn out, slowly in a hall, lies nearer. Words said 1.4–1.6
     * times as slowly in a 0.8 s hall: without this bar three of 48 were refused that were heard before,
     * with it at 1.0 or 1.25 one, at 1.5 none.
     */
    static final double UNLIKE = 1.5;
    /** The parts tried: this share of the utterance, from its start and from its end. */
    private static final double[] PARTS = {0.5, 0.6, 0.7, 0.8};

    private final Map<Command, OwnWord> words;
    /** Per command tried, the takes not kept, as one word each that is no command. */
    private final Map<Command, OwnWord> unkept;
    /** The room the utterances are heard in (see {@link #in}); null: not known. */
    private final RoomMask room;
    /**
     * Whether an utterance must lie within its word's limit for the room it is heard in: dry in a quiet room
     * ({@link OwnWord#dryLimit}), or as the room moves the takes apart ({@link OwnWord#limitIn}); where the
     * profile lacks some of the guided round's words (see {@link #lacksRoundWords}).
     */
    private final boolean roomLimits;

    public AcousticMatcher(Map<Command, OwnWord> words) {
        this(words, List.of());
    }

    /** Own words, and takes not kept that must lose to them (see {@link UnkeptTakes}). */
    public AcousticMatcher(Map<Command, OwnWord> words, List<UnkeptTakes> unkept) {
        this(words, notCommands(unkept), null);
    }

    private AcousticMatcher(Map<Command, OwnWord> words, Map<Command, OwnWord> unkept, RoomMask room) {
        this.words = Map.copyOf(words);
        this.unkept = Map.copyOf(unkept);
        this.room = room;
        this.roomLimits = room != null && lacksRoundWords(words);
    }

    /**
     * Whether a patient may say a word of the guided round that has no own word: then nothing else may be
     * nearer to it than the word it sounds like ("hoofdstuk twee" to a lone "hoofdstuk een"), and only
     * that word's own limit refuses it. With the whole round taught, the word itself is nearer; the limits
     * for the room would then only cost a voice whose pitch has moved since teaching (10 % higher: 5 of 60
     * words refused dry, 20 % higher: 18 of 60, in five espeak-ng voices), which the wide limit holds.
     */
    private static boolean lacksRoundWords(Map<Command, OwnWord> words) {
        return !words.keySet().containsAll(OwnWords.BASIC);
    }

    /** Per command tried, its takes not kept as one word that is no command. */
    private static Map<Command, OwnWord> notCommands(List<UnkeptTakes> unkept) {
        Map<Command, List<Template>> byCommand = new java.util.LinkedHashMap<>();
        for (UnkeptTakes takes : unkept) {
            byCommand.computeIfAbsent(takes.triedFor(), c -> new ArrayList<>()).addAll(takes.templates());
        }
        Map<Command, OwnWord> notCommands = new java.util.LinkedHashMap<>();
        byCommand.forEach((command, templates) -> notCommands.put(command, new UnkeptTakes(command, templates).asWord()));
        return notCommands;
    }

    /**
     * The matcher for utterances heard in {@code room}: every template as it would be heard there (see
     * {@link RoomMask}); where the profile lacks some of the guided round's words, each word's limit is the
     * room's (see {@link #limit}).
     */
    AcousticMatcher in(RoomMask room) {
        return !room.masks() ? new AcousticMatcher(words, unkept, room)
                : new AcousticMatcher(inRoom(words, room), inRoom(unkept, room), room);
    }

    private static Map<Command, OwnWord> inRoom(Map<Command, OwnWord> words, RoomMask room) {
        Map<Command, OwnWord> heard = new java.util.HashMap<>();
        words.forEach((command, word) -> heard.put(command, word.in(room)));
        return heard;
    }

    /** The matcher for {@code profile}'s own words and its takes not kept. */
    public static AcousticMatcher of(Profile profile) {
        return new AcousticMatcher(profile.sounds(), profile.unkept());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The decision on the features (see {@link FrameFeatures}) of an utterance heard clearly. */
    public AcousticMatch match(float[][] utterance) {
        return match(utterance, OwnWord.CLEAR_DB);
    }

    /**
     * The decision on an utterance's features, heard with its loudest moment {@code aboveRoomDb} above
     * the room: the less clearly, the further it may lie from the takes (see {@link OwnWord#limitAt}).
     */
    public AcousticMatch match(float[][] utterance, double aboveRoomDb) {
        return match(utterance, aboveRoomDb, null);
    }

    /**
     * As {@link #match(float[][], double)}, knowing how far each frame stands above the room ({@code levels},
     * dB, see {@link FrameFeatures#aboveRoom}; null: not known, every frame counts as the patient's voice): a
     * part of the utterance left out that holds none of the patient's near voice is the room's sound around
     * the word (talk behind), not something the patient said before or after it; a pause within a word is
     * not something said within it.
     */
    public AcousticMatch match(float[][] utterance, double aboveRoomDb, double[] levels) {
        List<Scored> scored = new ArrayList<>();
        // Only words within CLOSE of the nearest take part in the decision: the others need not be aligned to the end.
        double ceiling = Double.POSITIVE_INFINITY;
        if (words.isEmpty()) {
            return AcousticMatch.refused("no own words");
        }
        for (Map.Entry<Command, OwnWord> word : words.entrySet()) {
            Nearest nearest = word.getValue().nearest(utterance, ceiling);
            scored.add(new Scored(word.getKey(), word.getValue(), nearest, true));
            ceiling = Math.min(ceiling, nearest.distance() * CLOSE);
        }
        for (Map.Entry<Command, OwnWord> notCommand : unkept.entrySet()) {
            Nearest nearest = notCommand.getValue().nearest(utterance, ceiling);
            scored.add(new Scored(notCommand.getKey(), notCommand.getValue(), nearest, false));
            ceiling = Math.min(ceiling, nearest.distance() * CLOSE);
        }
        scored.sort(Comparator.comparingDouble(Scored::distance));
        if (Double.isInfinite(scored.get(0).distance())) {
            return new AcousticMatch(null, null, null, Double.POSITIVE_INFINITY, scored.get(0).word().limitAt(aboveRoomDb), 0,
                    "as long as no own word", false);
        }
        List<Scored> close = scored.stream().filter(s -> s.distance() <= scored.get(0).distance() * CLOSE).limit(4)
                .toList();
        // The nearest over the whole may be the wrong one of two words that share a part (the shared
        // part, said at the same speed, outweighs the short part that differs): among the close ones,
        // the word that sounds nearer where they differ wins.
        Scored best = close.get(0);
        for (Scored other : close.subList(1, close.size())) {
            if (contrast(utterance, other, best) > 0) {
                best = other;
            }
        }
        if (!best.isCommand()) {
            Scored word = scored.stream().filter(Scored::isCommand).findFirst().orElseThrow();
            return new AcousticMatch(null, word.command(), null, word.distance(), word.word().limitAt(aboveRoomDb),
                    contrast(utterance, word, best), "nearer to takes not kept, tried for " + best.command().token(),
                    false);
        }
        Scored runnerUp = null;
        double contrast = 1;
        final Scored chosen = best;
        // Takes not kept of the word's own command (one said oddly, and asked again) do not refuse it.
        List<Scored> rivals = scored.stream().filter(s -> s != chosen && (s.isCommand() || !s.command().equals(chosen.command())))
                .toList();
        for (Scored other : close) {
            if (rivals.contains(other)) {
                double against = contrast(utterance, best, other);
                if (against < contrast) {
                    contrast = against;
                    runnerUp = other;
                }
            }
        }
        if (runnerUp == null && !rivals.isEmpty()) {
            runnerUp = rivals.get(0);
            contrast = contrast(utterance, best, runnerUp);
        }
        Command next = runnerUp == null || !runnerUp.isCommand() ? null : runnerUp.command();
        double limit = limit(best, aboveRoomDb);
        String refusal = best.distance() > limit
                ? "further from the own takes than they are from each other"
                : contrast < MIN_CONTRAST ? "as near to " + (runnerUp.isCommand() ? "the word for " : "takes not kept, tried for ")
                        + runnerUp.command().token()
                : partIsNearer(utterance, best, levels) ? "only a part of it sounds like an own word"
                : saysMoreWithin(utterance, best, levels) ? "more is said within it than the word" : null;
        double longerThanHeard = utterance.length * LONGER;
        LongerStart longer = refusal == null ? nearestLongerStart(utterance, best, longerThanHeard) : null;
        // Nearer to the start of a word longer than the one it would give than to that word: the rest was
        // lost (a weak consonant in noise ended the utterance: "hoofdstuk" of "hoofdstuk twee" is not
        // "vorige"). Only about as near (a short word said whole, "volgende" beside "volgende zin"), it is
        // held instead (waitForEnd); beside a word as long ("hoofdstuk een", "hoofdstuk zes"), the contrast decides.
        LongerStart lostRest = refusal == null
                ? nearestLongerStart(utterance, best, Math.max(longerThanHeard, best.word().meanLength() * LONGER)) : null;
        if (lostRest != null && lostRest.distance() < best.distance()) {
            refusal = "nearer to the start of the word for " + lostRest.command().token();
        }
        boolean waitForEnd = refusal == null
                && (longer.distance() <= best.distance() * CLOSE || doubtful(best.distance() / limit, contrast));
        return new AcousticMatch(refusal == null ? best.command() : null, best.command(), next, best.distance(),
                limit, contrast, refusal, waitForEnd);
    }

    /**
     * How far an utterance whose loudest moment stood {@code aboveRoomDb} above the room may lie from {@code best}'s
     * takes (see {@link OwnWord#limitAt}). Where the profile lacks some of the guided round's words, only as far as
     * the room excuses: heard dry in a quiet room (nearest to a take itself), {@link OwnWord#dryLimit}; in a room
     * that covers part of it, {@link OwnWord#limitIn}.
     */
    private double limit(Scored best, double aboveRoomDb) {
        OwnWord word = best.word();
        if (!roomLimits) {
            return word.limitAt(aboveRoomDb);
        }
        return room.masks() ? word.limitIn(room, aboveRoomDb) : word.limitAt(aboveRoomDb, best.nearest.variant() == 0);
    }

    /**
     * Whether a match within the limits is still doubtful: near the limit itself, or in its outer part
     * and only just sounding like the word where it differs from the runner-up. Talk lands there,
     * mostly the first words of a sentence before a short pause ("Dat betekent dat ze …" as "hoofdstuk
     * een"); so the listener waits until the speaker has clearly stopped, and a sentence that goes on
     * gives nothing. A patient's words rarely land there (in a reverberant room and with talk behind),
     * and then take a third of a second longer.
     */
    static boolean doubtful(double shareOfLimit, double contrast) {
        return shareOfLimit > EDGE_OF_LIMIT || shareOfLimit > OUTER_LIMIT && contrast < CLEAR_CONTRAST;
    }

    /**
     * Whether a part of the utterance, from its start or to its end, is nearer to an own word ({@code
     * best}'s or another) than the whole is to {@code best}'s: then something else was said before or
     * after a word. A word said whole loses its beginning or end in every part, which only moves it
     * further away.
     */
    private boolean partIsNearer(float[][] utterance, Scored best, double[] levels) {
        // Against every own word, not only the best: "Vorige keer." may be nearest, where the words
        // differ, to "hoofdstuk een" as a whole, while its start is plainly "vorige". The best first: most
        // often it is the one.
        List<OwnWord> candidates = new ArrayList<>(List.of(best.word()));
        words.values().stream().filter(word -> word != best.word()).forEach(candidates::add);
        for (double share : PARTS) {
            int kept = (int) Math.round(utterance.length * share);
            if (utterance.length - kept < MIN_LEFT_OUT_FRAMES || kept < 3) {
                continue;
            }
            // The start kept leaves out the end, and the other way round.
            if (saidByThePatient(levels, kept, utterance.length)
                    && nearer(FrameFeatures.renormalised(java.util.Arrays.copyOfRange(utterance, 0, kept)), candidates,
                            best.distance())) {
                return true;
            }
            if (saidByThePatient(levels, 0, utterance.length - kept) && nearer(FrameFeatures.renormalised(
                    java.util.Arrays.copyOfRange(utterance, utterance.length - kept, utterance.length)), candidates,
                    best.distance())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the utterance says more between the word's parts than the word: its alignment to the nearest
     * take holds one inner moment of the take for {@link #SAID_WITHIN_FRAMES} or more frames that hold more
     * than the room ({@link #SOUNDS_DB}) and sound unlike that moment ({@link #UNLIKE}): a Dutch verb's parts
     * around other words, "Lees de brief voor." for "lees voor". A word said slowly spreads its extra length
     * over the take, or draws out a sound the take has; a pause within it holds only the room.
     */
    private static boolean saysMoreWithin(float[][] utterance, Scored best, double[] levels) {
        boolean[] sounding = new boolean[utterance.length];
        for (int f = 0; f < sounding.length; f++) {
            sounding[f] = levels == null || f >= levels.length || levels[f] >= SOUNDS_DB;
        }
        return Dtw.longestHeldWithin(utterance, best.nearest.frames(), sounding, UNLIKE) >= SAID_WITHIN_FRAMES;
    }

    /** Whether {@code part} is nearer than {@code distance} to any of {@code words}. */
    private static boolean nearer(float[][] part, List<OwnWord> words, double distance) {
        return words.stream().anyMatch(word -> word.nearest(part, distance).distance() < distance);
    }

    /** Whether frames {@code [from, to)} hold any of the patient's near voice (all do when not known). */
    private static boolean saidByThePatient(double[] levels, int from, int to) {
        if (levels == null) {
            return true;
        }
        for (int f = from; f < to && f < levels.length; f++) {
            if (levels[f] >= PATIENT_SAID_DB) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distance of the utterance to the start of the longer own word it is nearest to: the same
     * length cut from the start of that word's takes (in the variant the utterance was nearest to in
     * {@code best}'s, normalised again, as an utterance is), among the words at least {@code minLength}
     * frames long; infinite when there is none.
     */
    private LongerStart nearestLongerStart(float[][] utterance, Scored best, double minLength) {
        LongerStart nearest = new LongerStart(null, Double.POSITIVE_INFINITY);
        for (Map.Entry<Command, OwnWord> other : words.entrySet()) {
            if (other.getKey().equals(best.command()) || other.getValue().meanLength() < minLength) {
                continue;
            }
            for (Template template : other.getValue().templates()) {
                float[][] frames = template.variant(best.nearest.variant());
                int length = Math.min(frames.length, utterance.length);
                float[][] start = FrameFeatures.renormalised(java.util.Arrays.copyOf(frames, length));
                double distance = Dtw.distance(utterance, start, nearest.distance());
                if (distance < nearest.distance()) {
                    nearest = new LongerStart(other.getKey(), distance);
                }
            }
        }
        return nearest;
    }

    /** The start of a longer own word, and the utterance's distance to it. */
    private record LongerStart(Command command, double distance) {
    }

    /**
     * Frame by frame along the utterance, the distance to the runner-up's takes minus that to the
     * best's, squared with its sign, summed and divided by the sum of squares: where the two words sound
     * alike the differences are small either way and hardly count; where they differ, they decide.
     */
    private static double contrast(float[][] utterance, Scored best, Scored runnerUp) {
        if (Double.isInfinite(runnerUp.distance())) {
            return 1;
        }
        double[] toBest = best.perFrame(utterance);
        double[] toRunnerUp = runnerUp.perFrame(utterance);
        double signed = 0;
        double size = 0;
        for (int u = 0; u < utterance.length; u++) {
            // Squared: the small differences of the shared part (noise either way) weigh little beside
            // the large ones where the words really differ.
            double difference = toRunnerUp[u] - toBest[u];
            signed += Math.signum(difference) * difference * difference;
            size += difference * difference;
        }
        return size == 0 ? 0 : signed / size;
    }

    /**
     * One word (or the takes not kept for one command, {@code isCommand} false) and how near the utterance
     * is to it; its distance per frame of the utterance is worked out once, when it is first compared.
     */
    private static final class Scored {
        private final Command command;
        private final OwnWord word;
        private final Nearest nearest;
        private final boolean isCommand;
        private double[] perFrame;

        Scored(Command command, OwnWord word, Nearest nearest, boolean isCommand) {
            this.command = command;
            this.word = word;
            this.nearest = nearest;
            this.isCommand = isCommand;
        }

        Command command() {
            return command;
        }

        OwnWord word() {
            return word;
        }

        boolean isCommand() {
            return isCommand;
        }

        double distance() {
            return nearest.distance();
        }

        /**
         * Per frame of the utterance, its mean distance to the aligned frames of each of the word's takes
         * (each in its variant nearest to the utterance: the take, or its reverberant or noisy copy): one
         * take may happen to be near or far where the words differ, all of them together tell it more surely.
         */
        double[] perFrame(float[][] utterance) {
            if (perFrame == null) {
                perFrame = new double[utterance.length];
                double[] one = new double[utterance.length];
                int aligned = 0;
                for (Template template : word.templates()) {
                    Nearest variant = template.nearestTo(utterance, Double.POSITIVE_INFINITY);
                    if (Double.isFinite(variant.distance())) {
                        Dtw.distance(utterance, variant.frames(), one);
                        for (int u = 0; u < one.length; u++) {
                            perFrame[u] += one[u];
                        }
                        aligned++;
                    }
                }
                if (aligned == 0) {
                    Dtw.distance(utterance, nearest.frames(), perFrame);
                    aligned = 1;
                }
                for (int u = 0; u < perFrame.length; u++) {
                    perFrame[u] /= aligned;
                }
            }
            return perFrame;
        }
    }
}
