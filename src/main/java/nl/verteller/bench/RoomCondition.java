package nl.verteller.bench;

import java.util.List;
import java.util.Random;
import nl.verteller.dsp.RoomSound;
import nl.verteller.voice.SyntheticTakes;

/**
 * One way a command reaches the kiosk's microphone in {@code bench voice}: how fast it is said, the
 * room, and what goes on behind it at how many dB below the patient's voice (taking turns through
 * {@code snrDb}, clip by clip).
 *
 * @param name    the figure's name
 * @param speeds  speaking rates, taken in turn
 * @param behind  what goes on behind the patient
 * @param snrDb   the patient's voice above what is behind, in dB, taken in turn
 * @param rt60Millis the room's reverberation time (0: a damped room, as the microphone is near)
 * @param softDb  the voice this many dB below a usual speaking level at the microphone, over the microphone's
 *                own hiss (a weak voice, or a microphone turned down or far away); 0: the voice as the
 *                synthesizer made it, in digital silence
 */
public record RoomCondition(String name, List<Double> speeds, Behind behind, List<Double> snrDb, int rt60Millis,
        double softDb) {
    /** What can go on behind the patient. */
    enum Behind { NOTHING, HISS, PEOPLE, TV }

    /** Background starts this long before the command (plus the clip's own half second), unless told otherwise... */
    public static final double LEAD_SECONDS = 3.0;
    /** ...and goes on this long after the clip's own second of silence. */
    private static final double TAIL_SECONDS = 0.5;
    /** The reflections of the large room, in energy below the direct sound: the patient a metre or so away. */
    private static final double DIRECT_TO_REVERB_DB = 0;
    private static final List<Double> USUAL_SPEEDS = List.of(0.9, 1.0, 1.1);

    public static final List<RoomCondition> ALL = List.of(
            new RoomCondition("quiet", USUAL_SPEEDS, Behind.NOTHING, List.of(), 0, 0),
            new RoomCondition("slow", List.of(0.7), Behind.NOTHING, List.of(), 0, 0),
            new RoomCondition("room", USUAL_SPEEDS, Behind.NOTHING, List.of(), 1200, 0),
            new RoomCondition("hiss10", USUAL_SPEEDS, Behind.HISS, List.of(10.0), 0, 0),
            new RoomCondition("people10", USUAL_SPEEDS, Behind.PEOPLE, List.of(10.0), 0, 0),
            new RoomCondition("people5", USUAL_SPEEDS, Behind.PEOPLE, List.of(5.0), 0, 0),
            new RoomCondition("tv0-5", USUAL_SPEEDS, Behind.TV, List.of(0.0, 5.0), 0, 0),
            new RoomCondition("tv10-20", USUAL_SPEEDS, Behind.TV, List.of(10.0, 20.0), 0, 0));

    /**
     * Rooms heard only when named ({@code --conditions}): a full run's clips take turns through {@link #ALL},
     * and a room added there would move every later clip to another room. A weak voice (ALS often takes
     * the voice's strength), 25 and 35 dB below a usual level: speech at −46 and −56 dBFS, 29 and 19 dB
     * above the microphone's hiss.
     */
    public static final List<RoomCondition> NAMED_ONLY = List.of(
            new RoomCondition("soft25", USUAL_SPEEDS, Behind.NOTHING, List.of(), 0, 25),
            new RoomCondition("soft35", USUAL_SPEEDS, Behind.NOTHING, List.of(), 0, 35));

    double speed(int turn) {
        return speeds.get(turn % speeds.size());
    }

    /**
     * Where the patient's voice starts in a clip, in samples after the clip's own leading silence, when the
     * background starts {@code leadSeconds} before it.
     */
    int leadSamples(double leadSeconds) {
        return behind == Behind.NOTHING ? 0 : BackgroundTalk.samples(leadSeconds);
    }

    /**
     * {@code speech} (a take with its own silence around it) as the microphone hears it in this
     * condition, the {@code turn}-th time, the background starting {@code leadSeconds} before it;
     * {@code speechLevel} is the voice's level the background is set against (for background alone, a
     * usual level).
     */
    short[] heard(float[] speech, double speechLevel, double leadSeconds, int turn, BackgroundTalk talk,
            Random random) {
        int lead = leadSamples(leadSeconds);
        int tail = behind == Behind.NOTHING ? 0 : BackgroundTalk.samples(TAIL_SECONDS);
        float[] mix = new float[lead + speech.length + tail];
        float[] voice = rt60Millis == 0 ? speech : RoomSound.reverberate(speech, rt60Millis, DIRECT_TO_REVERB_DB, turn);
        System.arraycopy(voice, 0, mix, lead, voice.length);
        double voiceLevel = speechLevel;
        if (softDb > 0) {
            voiceLevel = SyntheticTakes.USUAL_SPEECH_RMS / Math.pow(10, softDb / 20);
            float scale = (float) (voiceLevel / Math.max(1e-9, speechLevel));
            for (int i = 0; i < mix.length; i++) {
                mix[i] *= scale;
            }
            RoomSound.addAt(mix, hiss(mix.length, random), SyntheticTakes.MICROPHONE_HISS_RMS);
        }
        if (behind != Behind.NOTHING) {
            double level = voiceLevel / Math.pow(10, snrDb.get(turn % snrDb.size()) / 20);
            RoomSound.addAt(mix, background(mix.length, talk, random), level);
        }
        return RoomSound.toPcm(mix);
    }

    private static float[] hiss(int samples, Random random) {
        float[] hiss = new float[samples];
        for (int i = 0; i < samples; i++) {
            hiss[i] = (float) random.nextGaussian();
        }
        return hiss;
    }

    private float[] background(int samples, BackgroundTalk talk, Random random) {
        return switch (behind) {
            case HISS -> hiss(samples, random);
            case PEOPLE -> talk.babble(samples, random);
            case TV -> talk.tv(samples, random);
            case NOTHING -> new float[samples];
        };
    }
}
