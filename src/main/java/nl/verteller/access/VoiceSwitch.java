package nl.verteller.access;

import nl.verteller.audio.Sounding;
import nl.verteller.voice.EchoGuard;
import nl.verteller.voice.VoiceActivity;

/**
 * Any sound a patient can still make as a switch: a vocalisation (energy above the room's adaptive
 * noise floor) lasting at least {@code minMillis} is one press; the sound must stop before it can
 * press again. Deaf while the kiosk reads aloud or plays any sound ({@link Sounding}: a scan word, a
 * prompt, the accept tone) and for a short tail after, so its own sound never presses. Paused, sounds
 * are still followed but press nothing. Fed with microphone audio, 16 kHz, on the {@code audio-in} thread.
 */
public final class VoiceSwitch extends PausableTrigger {
    private final VoiceActivity activity = new VoiceActivity(16_000, 12);
    private final long minMillis;
    private final Runnable press;
    private final Sounding kiosk;
    private volatile boolean muted;
    private long audioMillis;
    private long deafUntil;
    private boolean pressedThisSound;

    public VoiceSwitch(long minMillis, Runnable press) {
        this(minMillis, press, Sounding.NEVER);
    }

    /** @param kiosk whether the kiosk's speaker sounds; asked on the audio-in thread, as the sound is in the room */
    public VoiceSwitch(long minMillis, Runnable press, Sounding kiosk) {
        this.kiosk = kiosk;
        this.minMillis = minMillis;
        this.press = press;
    }

    /** While the kiosk speaks: no presses, and none for a short tail after. Any thread. */
    public void setMuted(boolean speaking) {
        muted = speaking;
    }

    /** The next microphone chunk. */
    public void accept(short[] pcm, int count) {
        activity.accept(pcm, count);
        audioMillis += count * 1000L / 16_000;
        if (muted || kiosk.now()) {
            deafUntil = audioMillis + EchoGuard.TAIL_MILLIS;
        }
        if (!activity.speaking()) {
            pressedThisSound = false;
            return;
        }
        if (running() && !pressedThisSound && audioMillis >= deafUntil && activity.runMillis() >= minMillis) {
            pressedThisSound = true;
            press.run();
        }
    }
}
