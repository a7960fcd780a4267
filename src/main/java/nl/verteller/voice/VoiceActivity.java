package nl.verteller.voice;

import nl.verteller.audio.SpeechLimits;
import nl.verteller.audio.SpeechRuns;

/**
 * Tells speech from background in a stream of audio by energy against an adaptive noise floor, in
 * 10 ms frames: how long the current stretch of speech or silence has lasted. Cheap enough for
 * every microphone chunk. The floor follows the room: it drops at once to a quieter frame and rises
 * slowly, so a steady fan or murmur becomes the new silence while speech stands out above it.
 */
public final class VoiceActivity {
    private static final double MIN_DB = -90;

    private final int frameSamples;
    private final double speechAboveFloorDb;
    private final double floorRisePerFrameDb;
    private final SpeechRuns runs = new SpeechRuns();
    private double floorDb = Double.NaN;
    /** The loudest frame of the speech going on, or of the last, in dBFS (see {@link SpeechLimits}). */
    private double loudestDb = Double.NEGATIVE_INFINITY;
    /** The loudest frame heard at all, in dBFS. */
    private double peakDb = MIN_DB;
    private int frameFill;
    private double frameEnergy;

    /**
     * @param sampleRate         samples per second of the audio
     * @param speechAboveFloorDb how far above the noise floor a frame must be to count as speech
     */
    public VoiceActivity(int sampleRate, double speechAboveFloorDb) {
        this.frameSamples = sampleRate / 100;
        this.speechAboveFloorDb = speechAboveFloorDb;
        this.floorRisePerFrameDb = 0.04;
    }

    /** Takes the next samples. */
    public void accept(short[] pcm, int count) {
        for (int i = 0; i < count; i++) {
            frameEnergy += (double) pcm[i] * pcm[i];
            if (++frameFill == frameSamples) {
                frame(10 * Math.log10(Math.max(frameEnergy / frameSamples, 1e-9) / (32768.0 * 32768.0)));
                frameFill = 0;
                frameEnergy = 0;
            }
        }
    }

    private void frame(double db) {
        double level = Math.max(MIN_DB, db);
        peakDb = Math.max(peakDb, level);
        if (Double.isNaN(floorDb) || level < floorDb) {
            floorDb = level;
        } else {
            floorDb += floorRisePerFrameDb;
        }
        // Hysteresis: speech must rise clearly above the floor, and ends only when it falls back near it.
        boolean wasSpeaking = runs.speaking();
        boolean speech = wasSpeaking
                ? level > Math.max(SpeechLimits.goOnDb(loudestDb), floorDb + speechAboveFloorDb - 3)
                : level > Math.max(SpeechLimits.startDb(loudestDb, runs.runMillis()), floorDb + speechAboveFloorDb);
        if (speech) {
            loudestDb = wasSpeaking ? Math.max(loudestDb, level) : level;
        }
        runs.frame(speech);
    }

    /** The loudest 10 ms heard so far, speech or not, in dBFS. */
    public double peakDb() {
        return peakDb;
    }

    /** Whether the latest frame was speech. */
    public boolean speaking() {
        return runs.speaking();
    }

    /** How long the current speech or silence has lasted, in ms. */
    public long runMillis() {
        return runs.runMillis();
    }

    /** Speech heard so far, in ms. */
    public long speechMillis() {
        return runs.speechMillis();
    }

    /**
     * The silence before the latest stretch of speech began, in ms (very long at the start of a stream);
     * a click before it does not end that silence.
     */
    public long silenceBeforeSpeech() {
        return runs.silenceBeforeSpeech();
    }

}
