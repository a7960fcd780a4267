package nl.verteller.audio;

import java.util.function.Consumer;
import nl.verteller.dsp.Fft;

/**
 * Tells the patient's speech from the room it is said in: a running estimate of the background as a
 * whole and per frequency band (its level and its spectrum: a TV, people talking, a fan; see
 * {@link RoomFloor}), and speech where the latest 50 ms rise clearly above it, as a whole and in
 * several bands. So the silence before a command, and the end of it, are found with a TV or a
 * conversation going on, where an energy rule against the quietest moments never hears silence.
 *
 * <p>It also says how far the speech stands out ({@link #peakAboveRoomDb()}): the patient, near the
 * microphone, stands out far more than talk behind, which sets the room's level.
 *
 * <p>Optionally ({@link #SpeechAboveRoom(boolean)}, own words') the near voice's own speech does not
 * teach the room: while a stretch of speech that began after a silence and stands out as the near
 * voice (13 dB above the floor, 5 dB above the loud moments) goes on, and {@link #HOLD_GAP_FRAMES}
 * after, its frames are left out of the room's levels. So the later words of a long sentence still
 * stand as far above the room as its first ones: before, the patient's own talk was the room within
 * 2.4 s, the sentence broke into fragments heard as in a noisy room, and one ("zoals kramp") was
 * taken for a command. A sound "near" for longer than {@link #MAX_HELD_FRAMES} of the last
 * {@link RoomFloor#RING_FRAMES} is the room after all (a TV switched on loud): everything left out is
 * taken back into the room at once. A stream's first {@link #LEARN_FIRST_FRAMES} all teach the room.
 * Voice control learns from everything as it comes: with the near voice left out, a command said 3 s
 * after a TV came on was heard worse (bench voice, TV 10-20 dB below: 66.0 -> 64.8 %, 1 wrong). It
 * leaves out afterwards what it has judged the patient's: a command it took ({@link #notTheRoom}), and
 * words it did not take once the room is back ({@link #notTheRoomIfQuietAfter}).
 *
 * <p>Voice control ({@code voice.CommandRecognizer}) and own words ({@code ownwords.UtteranceFinder})
 * both find speech with it, so a command is found the same way whichever hears it. One thread.
 */
public final class SpeechAboveRoom {
    private static final int RATE = 16_000;
    private static final int HOP = RATE / 100;
    private static final int WINDOW = 256;
    /** Band edges in Hz: narrow where voices differ most (pitch, first formant), wide above. */
    private static final int[] EDGES = {80, 160, 250, 350, 500, 700, 1000, 1400, 2000, 2800, 4000, 5500, 8000};
    /** Speech starts this far above the room's floor, in the whole and in several bands... */
    private static final double START_DB = 10;
    private static final int BANDS_TO_START = 3;
    /** ...and goes on while this far above it. */
    private static final double GO_ON_DB = 5;
    /**
     * A command is the near, loud voice: its loudest moment stands this far above the room. Talk
     * behind (a TV, people), which sets the room's level, seldom does; nor does the patient's voice
     * when the room is nearly as loud, where the speech found is only its loudest fragments.
     */
    public static final double NEAR_DB = 13;
    /** The near voice also stands this far above the room's loud moments (which talk behind sets). */
    public static final double NEAR_ABOVE_LOUD_DB = 5;
    /** The near voice's frames are left out until 300 ms after it: the room's 300 ms levels still hold it. */
    private static final int HOLD_GAP_FRAMES = 30;
    /** At most 4 s (the longest command) of the frames kept are left out; more is the room after all. */
    private static final int MAX_HELD_FRAMES = 400;
    /** A missed command leaves the room when the room was back at its own level for 1 s after it (see {@link #notTheRoomIfQuietAfter}). */
    private static final int MISSED_QUIET_FRAMES = 100;
    /** The frames of a missed command, from and to (-1: none), until the next speech starts. */
    private long missedFrom;
    private long missedTo = -1;
    /**
     * A stream's first 3 s all teach the room, as the room's levels span 3 s: listening that starts
     * with a TV on, or just before it is switched on, hears it as the room, however loud.
     */
    private static final int LEARN_FIRST_FRAMES = 300;
    private static final int LEVEL_FRAMES = 1000;
    private static final int KNOWN_FRAMES = 50;
    private static final double QUIET_ROOM_DB = -70;

    private final Fft fft = new Fft(WINDOW);
    private final double[] window = new double[WINDOW];
    private final double[] hann = new double[WINDOW];
    private final double[] re = new double[WINDOW];
    private final double[] im = new double[WINDOW];
    private final double[] bandPower = new double[EDGES.length - 1];
    private final RoomFloor total = new RoomFloor(true);
    private final boolean nearVoiceLeftOut;
    /** The latest 50 ms levels, one per 10 ms frame, for the loudness of words heard (see {@link #levelDb}). */
    private final double[] levels = new double[LEVEL_FRAMES];
    private long frames;
    private double floorAtStartDb = Double.NaN;
    private double loudAtStartDb = Double.NaN;
    private final RoomFloor[] bands = new RoomFloor[EDGES.length - 1];
    private final SpeechRuns runs = new SpeechRuns();
    private final SpeechFall fall = new SpeechFall();
    private int fill;
    /** Where the next sample goes in {@link #window}, a ring: the oldest sample is there. */
    private int next;
    private long starts;
    private double peakDb = Double.NEGATIVE_INFINITY;
    /** The loudest short level of the speech going on, or of the last, in dBFS ({@link SpeechLimits}). */
    private double loudestDb = Double.NEGATIVE_INFINITY;
    private long speechStartFrame;
    private Hold hold = Hold.LEARNING;
    private int framesSinceSpeech;

    /** Whether the room's levels learn the frames heard (see the class comment). */
    private enum Hold {
        LEARNING,
        /** The near voice speaks: its frames are left out. */
        HOLDING,
        /** It was "near" too long and is the room: learnt, and not left out again until it stops. */
        LEARNT
    }

    /** Speech above the room, where the near voice's own speech teaches the room too (voice control's). */
    public SpeechAboveRoom() {
        this(false);
    }

    /**
     * Speech above the room; {@code nearVoiceLeftOut}: the near voice's own speech does not teach the
     * room (see the class comment).
     */
    public SpeechAboveRoom(boolean nearVoiceLeftOut) {
        this.nearVoiceLeftOut = nearVoiceLeftOut;
        for (int b = 0; b < bands.length; b++) {
            bands[b] = new RoomFloor();
        }
        for (int i = 0; i < WINDOW; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW);
        }
    }

    /** Takes the next samples. */
    public void accept(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            window[next] = pcm[i];
            next = (next + 1) % WINDOW;
            if (++fill == HOP) {
                fill = 0;
                frame();
            }
        }
    }

    private void frame() {
        boolean ofTheRoom = hold != Hold.HOLDING;
        total.frame(spectrum(), ofTheRoom);
        int standing = 0;
        for (int b = 0; b < bands.length; b++) {
            bands[b].frame(bandPower[b], ofTheRoom);
            if (bands[b].aboveFloorDb() > START_DB) {
                standing++;
            }
        }
        boolean wasSpeaking = runs.speaking();
        boolean speech = wasSpeaking
                ? total.shortDb() > SpeechLimits.goOnDb(loudestDb) && total.aboveFloorDb() > GO_ON_DB
                : total.shortDb() > SpeechLimits.startDb(loudestDb, runs.runMillis()) && total.aboveFloorDb() > START_DB
                        && standing >= BANDS_TO_START;
        if (speech && !wasSpeaking) {
            leaveOutMissed();
            starts++;
            peakDb = Double.NEGATIVE_INFINITY;
            loudestDb = Double.NEGATIVE_INFINITY;
            floorAtStartDb = total.floorDb();
            loudAtStartDb = roomKnown() ? total.loudDb() : Double.NaN;
            speechStartFrame = frames;
        }
        fall.frame(frames, total.shortDb(), speech, speech && !wasSpeaking);
        levels[(int) (frames++ % LEVEL_FRAMES)] = total.shortDb();
        if (speech) {
            peakDb = Math.max(peakDb, total.aboveFloorDb());
            loudestDb = Math.max(loudestDb, total.shortDb());
        }
        runs.frame(speech);
        hold(speech);
    }

    /** Whether the room's levels learn the next frame: see the class comment. */
    private void hold(boolean speech) {
        framesSinceSpeech = speech ? 0 : framesSinceSpeech + 1;
        if (hold != Hold.LEARNING && framesSinceSpeech >= HOLD_GAP_FRAMES) {
            hold = Hold.LEARNING;
        } else if (hold == Hold.LEARNING && speech && nearVoiceLeftOut && frames >= LEARN_FIRST_FRAMES
                && runs.silenceBeforeSpeech() >= HOLD_GAP_FRAMES * SpeechRuns.FRAME_MILLIS && nearVoice()) {
            hold = Hold.HOLDING;
            // From its onset: speech is found up to 100 ms after it.
            int spoken = (int) (frames - speechStartFrame) + RoomFloor.ONSET_FRAMES;
            everyFloor(floor -> floor.forgetLatest(spoken));
        } else if (hold == Hold.HOLDING && total.heldFrames() > MAX_HELD_FRAMES) {
            hold = Hold.LEARNT;
            everyFloor(RoomFloor::learnHeld);
        }
    }

    /** Whether the latest 50 ms are the near voice's: far above the room's floor and above its loud moments. */
    private boolean nearVoice() {
        return total.aboveFloorDb() >= NEAR_DB && total.shortDb() - loudAtStartDb >= NEAR_ABOVE_LOUD_DB;
    }

    /** Fills {@link #bandPower} for the latest window; returns the frame's mean power (full scale 1). */
    private double spectrum() {
        double energy = 0;
        for (int i = 0; i < WINDOW; i++) {
            double sample = window[(next + i) % WINDOW];
            re[i] = sample * hann[i];
            im[i] = 0;
            if (i >= WINDOW - HOP) {
                energy += sample * sample;
            }
        }
        fft.forward(re, im);
        for (int b = 0; b < bandPower.length; b++) {
            int from = EDGES[b] * WINDOW / RATE;
            int to = Math.max(from + 1, EDGES[b + 1] * WINDOW / RATE);
            double power = 0;
            for (int k = from; k < to; k++) {
                power += re[k] * re[k] + im[k] * im[k];
            }
            bandPower[b] = power / (to - from) / (32768.0 * 32768.0 * WINDOW);
        }
        return energy / HOP / (32768.0 * 32768.0);
    }

    /** Whether the latest frame was speech. */
    public boolean speaking() {
        return runs.speaking();
    }

    /** How long the current speech or silence has lasted, in ms. */
    public long runMillis() {
        return runs.runMillis();
    }

    /**
     * How long the latest speech has been over, in ms: silent, or dying away before that (see
     * {@link SpeechFall}; 0 while it goes on). In a hall a command's end is found without waiting for
     * its echo to fall to the room's floor.
     */
    public long endedMillis() {
        long fallen = fall.fallenFrame();
        long dying = fallen < 0 ? 0 : (frames - fallen) * SpeechRuns.FRAME_MILLIS;
        return runs.speaking() ? dying : Math.max(runs.runMillis(), dying);
    }

    /** The silence before the latest stretch of speech began, in ms; a click before it does not end it. */
    public long silenceBeforeSpeech() {
        return runs.silenceBeforeSpeech();
    }

    /** How far the loudest 50 ms of the latest stretch of speech stood above the room, in dB. */
    public double peakAboveRoomDb() {
        return peakDb;
    }

    /** How far the latest 50 ms stand above the room, in dB. */
    public double aboveRoomDb() {
        return total.aboveFloorDb();
    }

    /** The room's floor as a whole, in dB of mean power per sample (full scale 0). */
    public double roomDb() {
        return total.floorDb();
    }

    /** 10 ms frames taken so far. */
    public long frames() {
        return frames;
    }

    /**
     * The level of the 50 ms that ended with frame {@code frame} (0 is the first), in dB (full scale
     * 0); -120 for a frame too old to be kept (10 s) or not yet taken.
     */
    public double levelDb(long frame) {
        return frame < 0 || frame >= frames || frames - frame > LEVEL_FRAMES ? -120
                : levels[(int) (frame % LEVEL_FRAMES)];
    }

    /** The room's floor when the latest stretch of speech started, in dB (see {@link RoomFloor}). */
    public double floorAtStartDb() {
        return floorAtStartDb;
    }

    /**
     * The level the room's loud moments reached (a high percentile of its 50 ms levels over the last
     * 3 s) when the latest stretch of speech started, in dB: a near voice stands out above it. NaN
     * when the room, not silent, had been heard for less than half a second.
     */
    public double loudAtStartDb() {
        return loudAtStartDb;
    }

    /**
     * The latest {@code millis} of sound, from the onset before them, were the near voice and not the
     * room: a command the kiosk took. They leave the room's levels, so that a second command said a
     * moment later stands out of the room as the first did, not out of the first.
     */
    public void notTheRoom(long millis) {
        int spoken = (int) (millis / SpeechRuns.FRAME_MILLIS) + RoomFloor.ONSET_FRAMES;
        everyFloor(floor -> floor.forgetLatest(spoken));
    }

    /**
     * The latest {@code millis} of sound, from the onset before them, were the near voice, the patient's
     * by its level, but no command was taken: a command missed, which the patient will likely say again.
     * They leave the room's levels when the next speech starts, if the room was back at its own level
     * for {@link #MISSED_QUIET_FRAMES} before it: a patient waits for the kiosk before saying it again; a
     * TV that has just come on, loud, talks on, and is the room. A hall's echo of the missed command
     * counts as the room back (see {@link #endedMillis}): it rings on for most of a second, and the
     * patient's second try, 1.5 s after the first, was refused as not standing out of the first.
     */
    public void notTheRoomIfQuietAfter(long millis) {
        missedTo = frames - 1;
        missedFrom = frames - millis / SpeechRuns.FRAME_MILLIS - RoomFloor.ONSET_FRAMES;
    }

    private void leaveOutMissed() {
        if (missedTo >= 0 && endedMillis() >= MISSED_QUIET_FRAMES * SpeechRuns.FRAME_MILLIS) {
            everyFloor(floor -> floor.forget(missedFrom, missedTo));
            if (total.heldFrames() > MAX_HELD_FRAMES) {
                everyFloor(RoomFloor::learnHeld);
            }
        }
        missedTo = -1;
    }

    /** The room's levels as a whole and per band, alike. */
    private void everyFloor(Consumer<RoomFloor> action) {
        action.accept(total);
        for (RoomFloor band : bands) {
            action.accept(band);
        }
    }

    /**
     * Whether the room has been heard long enough to tell a near voice from it: for half a second, or
     * near silence from the start (a room heard for less may have its loud moments yet to come).
     */
    public boolean roomKnown() {
        return frames >= KNOWN_FRAMES || total.loudDb() <= QUIET_ROOM_DB;
    }

    /** How many times speech has started: a new number is a new stretch of speech. */
    public long starts() {
        return starts;
    }
}
