package nl.verteller.voice;

import nl.verteller.audio.AudioOut;
import nl.verteller.audio.Cue;

/**
 * A short, soft two-note chime when a spoken command is accepted, so a patient who cannot see the
 * screen well knows they were heard. Played through the kiosk's one way out, so the microphone's
 * listeners know it for the kiosk's own sound.
 */
public final class AcceptTone {
    private static final int RATE = 16_000;
    private static final Cue CHIME = new Cue(Cue.Kind.TONE, chime(), RATE, 1.0, "");

    private final AudioOut out;

    public AcceptTone(AudioOut out) {
        this.out = out;
    }

    /** Plays the chime without waiting for it. Any thread. */
    public void play() {
        out.play(CHIME);
    }

    /** The chime at 16 kHz: 60 ms at 660 Hz then 90 ms at 880 Hz, at a tenth of full scale, with soft edges. */
    public static short[] chime() {
        int first = RATE * 60 / 1000;
        int total = first + RATE * 90 / 1000;
        short[] pcm = new short[total];
        for (int i = 0; i < total; i++) {
            double hz = i < first ? 660 : 880;
            double edge = Math.min(1.0, Math.min(i, total - i) / (RATE * 0.01));
            pcm[i] = (short) (Math.sin(2 * Math.PI * hz * i / RATE) * 3200 * edge);
        }
        return pcm;
    }
}
