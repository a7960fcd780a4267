package nl.verteller.voice;

import java.util.List;
import java.util.function.Predicate;
import nl.verteller.audio.SpeechAboveRoom;

/**
 * Which words of an utterance the patient said, near the microphone, and which the room (a TV,
 * people talking behind): a word is near when its loudest 50 ms stand out above the loud moments the
 * room had when the speech started, and clearly above the room's floor. Talk behind sets those
 * moments and seldom stands above them; the patient's voice, nearer, does. Once a command is heard, its
 * own loudness is a second measure: talk far below it is the room's (see {@link #belowCommand}).
 *
 * @param levels      the levels heard, per 10 ms frame
 * @param originFrame the frame at which the decoder's clock (word times) starts
 * @param floorDb     the room's floor when the speech started
 * @param loudDb      the level of the room's loud moments when the speech started (NaN: not known yet,
 *                    and nothing is near)
 * @param kioskSounds whether the kiosk sounds or just did: what the echo canceller leaves of its own voice
 *                    is then talk behind too, and a word close below a loud one in it is no more the room's
 *                    than the loud one (see {@link #BELOW_COMMAND_IN_TALK_DB})
 */
record NearVoice(SpeechAboveRoom levels, double originFrame, double floorDb, double loudDb, boolean kioskSounds) {
    /** A near word stands this far above the room's loud moments... */
    static final double ABOVE_LOUD_DB = SpeechAboveRoom.NEAR_ABOVE_LOUD_DB;
    /**
     * ...and this far above its floor, as a command's loudest moment had to before words were judged:
     * at 10 dB (as far as speech must rise to be found at all) people talking 5 dB below the patient
     * gave 13 % of commands and 10 % false commands, fragments of the patient's own sentences.
     */
    static final double ABOVE_FLOOR_DB = 13;
    /**
     * A word is the room's when it stands less than this above the room's loud moments; a word
     * between this and {@link #ABOVE_LOUD_DB} may be either, and a command is not taken from among such words.
     */
    static final double ROOM_ABOVE_LOUD_DB = 1;
    /**
     * A room whose loud moments stand less than this above its floor is steady (quiet, a fan, hiss): no
     * talk behind. Several people talking at once often stay within it too (3–6 dB on `bench voice`); a
     * TV, one voice with its pauses, seldom does.
     */
    private static final double STEADY_ROOM_SPREAD_DB = 6;
    /**
     * What stands this far below the command's loudest word, and within {@link #ROOM_REACH_DB} of the
     * room's loud moments, is the room's, though it rises above those: the patient is the near, loud
     * part, and a TV or people 10–20 dB below run into a command with words that peak above what they
     * said before it. In a quiet room the patient's soft words reach far above the room: they stay theirs;
     * in a steady one (hiss, a fan) they stay theirs down to this far below the command.
     */
    static final double BELOW_COMMAND_DB = 10;
    /**
     * The same where the room talks: talk 10 dB below the patient (by loudness) peaks only 5–9 dB below
     * the command, as a voice reading on has louder syllables than a command said on its own (one espeak-ng
     * voice, the end-to-end test's talker, 10 dB below FreeTTS's "chapter two"). The patient's own words
     * this far below their command are then taken for the room's; such words are the room's as often.
     * Not while the kiosk sounds: dropping words close around a loud one also finds commands among the
     * kiosk's own words, as they come back from the echo canceller ("softer" while it read, when 8 dB was
     * tried in the fifth stop).
     */
    static final double BELOW_COMMAND_IN_TALK_DB = 6;
    /**
     * A command's loudest word stands this far above the room's loud moments: one person talking on,
     * with pauses, reaches 5–6 dB above them with a sentence's loud first syllable, which the decoder
     * can hear as a command ("Good morning" as "know more"); near commands on `bench voice`, with talk
     * behind at 5 to 20 dB, stood 7 dB or more above them.
     */
    static final double COMMAND_ABOVE_LOUD_DB = 7;
    /** How far above its loud moments the room's talk may still reach (see {@link #BELOW_COMMAND_DB}). */
    static final double ROOM_REACH_DB = 12;
    private static final double FRAMES_PER_SECOND = 100;
    /** A pause in talk this long (300 ms, a comma's) ends it: what came before is not talk running into a command. */
    private static final int PAUSE_FRAMES = 30;
    /** A level is the mean of the 5 frames up to it: the first frame whose level lies within a word. */
    private static final int LEVEL_FRAMES = 5;

    /**
     * Whether the room said {@code word}: it does not rise above the room's loud moments, or, with talk
     * behind, hardly above its floor. A steady room (hiss, a fan) says no words: what rises above its
     * loud moments is the patient's, the soft words of a sentence too ("I will" and "it later" around "read").
     */
    boolean room(Hypothesis.Word word) {
        return roomAt(peakDb(word));
    }

    /** Whether a word that peaks at {@code peak} dB is the room's (see {@link #room}). */
    private boolean roomAt(double peak) {
        return peak - loudDb < ROOM_ABOVE_LOUD_DB || talkBehind() && peak - floorDb < ABOVE_FLOOR_DB;
    }

    /** Whether {@code levelDb} is the room's beside a command whose loudest word peaks at {@code commandDb}. */
    boolean belowCommand(double levelDb, double commandDb) {
        double below = talkRunsIn() ? BELOW_COMMAND_IN_TALK_DB : BELOW_COMMAND_DB;
        return levelDb < commandDb - below && levelDb < loudDb + ROOM_REACH_DB;
    }

    /** Whether a command whose loudest word peaks at {@code commandDb} stands out of the room (see {@link #COMMAND_ABOVE_LOUD_DB}). */
    boolean standsOut(double commandDb) {
        return commandDb - loudDb >= COMMAND_ABOVE_LOUD_DB;
    }

    /** The loudest 50 ms of {@code words} (a command), in dB. */
    double peakDb(List<Hypothesis.Word> words) {
        return words.stream().mapToDouble(this::peakDb).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /** Whether the room talks behind the patient (a TV, people): its loud moments stand out above its floor. */
    boolean talkBehind() {
        return loudDb - floorDb >= STEADY_ROOM_SPREAD_DB;
    }

    /** Whether {@code word} rises above the room's loud moments (its talk, if any): said nearer than it. */
    boolean aboveTalk(Hypothesis.Word word) {
        return peakDb(word) - loudDb >= ROOM_ABOVE_LOUD_DB;
    }

    /** Whether {@code levelDb} is the near voice's; {@code slackDb} lowers the bar. */
    boolean near(double levelDb, double slackDb) {
        return levelDb - floorDb >= ABOVE_FLOOR_DB - slackDb && levelDb - loudDb >= ABOVE_LOUD_DB - slackDb;
    }

    /** Whether the patient said {@code word}: its loudest 50 ms within it are near. */
    boolean said(Hypothesis.Word word) {
        return near(peakDb(word), 0);
    }

    /**
     * Whether {@code words} span all of the near voice heard from {@code fromSeconds} (on the decoder's
     * clock) up to now, give or take {@code slackSeconds}: nothing the patient said lies before or after them.
     */
    boolean spansNearVoice(List<Hypothesis.Word> words, double fromSeconds, double slackSeconds) {
        if (words.isEmpty()) {
            return false;
        }
        double end = originFrame + (words.get(words.size() - 1).end() + slackSeconds) * FRAMES_PER_SECOND
                + LEVEL_FRAMES;
        long from = Math.round(originFrame + fromSeconds * FRAMES_PER_SECOND);
        double commandDb = peakDb(words);
        return nearFrames(from, lastFrameBefore(words, slackSeconds) + 1, commandDb) == 0
                && nearFrames((long) Math.floor(end) + 1, levels.frames(), commandDb) == 0;
    }

    /**
     * How long the near voice talked on into {@code words} (a command, with times), in ms: its speech up to
     * {@code slackSeconds} before their first, back to where it last paused for {@link #PAUSE_FRAMES}, not
     * before {@code fromSeconds} (on the decoder's clock), leaving out what stood far below them.
     */
    long talkMillisBefore(List<Hypothesis.Word> words, double fromSeconds, double slackSeconds) {
        long from = Math.round(originFrame + fromSeconds * FRAMES_PER_SECOND);
        double commandDb = peakDb(words);
        long near = 0;
        long quiet = 0;
        for (long frame = lastFrameBefore(words, slackSeconds); frame >= from && quiet < PAUSE_FRAMES; frame--) {
            boolean talk = nearBeside(frame, commandDb);
            near += talk ? 1 : 0;
            quiet = talk ? 0 : quiet + 1;
        }
        return near * 1000 / Math.round(FRAMES_PER_SECOND);
    }

    /** The last frame that lies more than {@code slackSeconds} before the first of {@code words}. */
    private long lastFrameBefore(List<Hypothesis.Word> words, double slackSeconds) {
        return Math.min(levels.frames(), Math.round(Math.ceil(originFrame
                + (words.get(0).start() - slackSeconds) * FRAMES_PER_SECOND))) - 1;
    }

    /** How many frames from {@code from} up to (not including) {@code to} were near and not far below {@code commandDb}. */
    private long nearFrames(long from, long to, double commandDb) {
        long near = 0;
        for (long frame = from; frame < Math.min(to, levels.frames()); frame++) {
            if (nearBeside(frame, commandDb)) {
                near++;
            }
        }
        return near;
    }

    /** Whether {@code frame} is the near voice's, and not far below a command whose loudest word peaks at {@code commandDb}. */
    private boolean nearBeside(long frame, double commandDb) {
        double level = levels.levelDb(frame);
        return near(level, 0) && !belowCommand(level, commandDb);
    }

    /**
     * Whether the room's talk may run into a command, close below it ({@link #BELOW_COMMAND_IN_TALK_DB}) and
     * in words the decoder cuts from its fading end ({@link #ownPeakDb}): the room talks and the kiosk is
     * quiet. In a quiet or steady room a word that fades from the command is the patient's own ("read it").
     */
    private boolean talkRunsIn() {
        return talkBehind() && !kioskSounds;
    }

    /** The same judge while the kiosk sounds (see {@link #kioskSounds}). */
    NearVoice whileKioskSounds() {
        return new NearVoice(levels, originFrame, floorDb, loudDb, true);
    }

    /**
     * The loudest syllable of the word's own: the highest level within it that is a peak of the level
     * (no louder just before or after). The decoder often cuts a word from the fading end of a command's
     * last vowel while talk goes on behind ("chapter two" heard as "chapter two help"): such a word has
     * no peak of its own, and counts by its quieter end (only where {@link #talkRunsIn}).
     */
    double ownPeakDb(Hypothesis.Word word) {
        long first = firstFrame(word);
        long last = lastFrame(word);
        double peak = Double.NEGATIVE_INFINITY;
        for (long frame = first + 1; frame < last; frame++) {
            double level = levels.levelDb(frame);
            if (level >= levels.levelDb(frame - 1) && level >= levels.levelDb(frame + 1)) {
                peak = Math.max(peak, level);
            }
        }
        if (peak > Double.NEGATIVE_INFINITY) {
            return peak;
        }
        return last < first ? peakDb(word) : Math.min(levels.levelDb(first), levels.levelDb(last));
    }

    /** The loudest 50 ms that lie within the word (its middle, for a word shorter than that), in dB. */
    double peakDb(Hypothesis.Word word) {
        long first = firstFrame(word);
        long last = lastFrame(word);
        if (last < first) {
            first = last = Math.round(originFrame + (word.start() + word.end()) / 2 * FRAMES_PER_SECOND)
                    + LEVEL_FRAMES / 2;
        }
        double peak = Double.NEGATIVE_INFINITY;
        for (long frame = first; frame <= last; frame++) {
            peak = Math.max(peak, levels.levelDb(frame));
        }
        return peak;
    }

    /**
     * The command the patient said in {@code heard}: the longest run of its words that is a phrase
     * ({@code isPhrase}), holds a near word, and has only the room's words around it (see {@link #room}) (a TV, people
     * talking that ran into the command); the same for each runner-up, so that readings are compared
     * like for like. {@code heard} unchanged when no such run is found.
     */
    Hypothesis commandPart(Hypothesis heard, Predicate<String> isPhrase) {
        int[] span = span(heard.text(), heard.words(), isPhrase);
        if (span == null) {
            return heard;
        }
        List<Hypothesis.RunnerUp> others = heard.others().stream().map(other -> {
            int[] theirs = span(other.text(), other.words(), isPhrase);
            return theirs == null ? other : new Hypothesis.RunnerUp(part(other.text(), theirs), other.behind(),
                    other.words().subList(theirs[0], theirs[1]));
        }).toList();
        return new Hypothesis(part(heard.text(), span), heard.words().subList(span[0], span[1]), others);
    }

    private int[] span(String text, List<Hypothesis.Word> words, Predicate<String> isPhrase) {
        String[] tokens = text.split(" ");
        if (text.isEmpty() || tokens.length != words.size()) {
            return null;
        }
        boolean[] near = new boolean[tokens.length];
        double[] peaks = new double[tokens.length];
        double[] own = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            peaks[i] = peakDb(words.get(i));
            near[i] = near(peaks[i], 0);
            own[i] = talkRunsIn() ? ownPeakDb(words.get(i)) : peaks[i];
        }
        for (int length = tokens.length; length >= 1; length--) {
            for (int from = 0; from + length <= tokens.length; from++) {
                int to = from + length;
                if (anyWithin(near, from, to) && onlyRoomAround(peaks, own, from, to)
                        && isPhrase.test(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to)))) {
                    return new int[] {from, to};
                }
            }
        }
        return null;
    }

    /**
     * Whether every word outside {@code from}–{@code to} is the room's, judged by its {@code own} loudest
     * syllable beside that run's loudest word (by the {@code peaks}).
     */
    private boolean onlyRoomAround(double[] peaks, double[] own, int from, int to) {
        double commandDb = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            commandDb = Math.max(commandDb, peaks[i]);
        }
        for (int i = 0; i < peaks.length; i++) {
            if ((i < from || i >= to) && !roomAt(own[i]) && !belowCommand(own[i], commandDb)) {
                return false;
            }
        }
        return true;
    }

    /** The first frame whose level (the 50 ms up to it) lies within the word. */
    private long firstFrame(Hypothesis.Word word) {
        return Math.round(originFrame + word.start() * FRAMES_PER_SECOND) + LEVEL_FRAMES - 1;
    }

    private long lastFrame(Hypothesis.Word word) {
        return Math.round(originFrame + word.end() * FRAMES_PER_SECOND) - 1;
    }

    private static boolean anyWithin(boolean[] which, int from, int to) {
        for (int i = from; i < to; i++) {
            if (which[i]) {
                return true;
            }
        }
        return false;
    }

    private static String part(String text, int[] span) {
        return String.join(" ", java.util.Arrays.copyOfRange(text.split(" "), span[0], span[1]));
    }
}
