package nl.verteller.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short, soft two-note chime when a spoken command is accepted, so a patient who cannot see the
 * screen well knows they were heard. Without a speaker it stays silent; that is logged once.
 */
public final class AcceptTone {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptTone.class);
    private static final float RATE = 16_000f;

    private final byte[] tone = chime();
    private Clip clip;
    private boolean failed;

    /** Plays the chime without waiting for it. */
    public synchronized void play() {
        if (failed) {
            return;
        }
        try {
            if (clip == null) {
                clip = AudioSystem.getClip();
                clip.open(new AudioFormat(RATE, 16, 1, true, false), tone, 0, tone.length);
            }
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            failed = true;
            LOG.info("No speaker for the accept tone: {}", e.getMessage());
        }
    }

    /** 60 ms at 660 Hz then 90 ms at 880 Hz, at a tenth of full scale, with soft edges. */
    private static byte[] chime() {
        int first = (int) (RATE * 0.06);
        int total = first + (int) (RATE * 0.09);
        byte[] pcm = new byte[total * 2];
        for (int i = 0; i < total; i++) {
            double hz = i < first ? 660 : 880;
            double edge = Math.min(1.0, Math.min(i, total - i) / (RATE * 0.01));
            short s = (short) (Math.sin(2 * Math.PI * hz * i / RATE) * 3200 * edge);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }
}
