package nl.verteller.audio;

import java.util.Arrays;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;

/** Finds a Java Sound line by the configured device name, for speaker and microphone alike. */
public final class AudioDevices {
    private AudioDevices() {
    }

    /**
     * A line of {@code info}'s kind: the system default for {@code default} (or blank), else from the
     * first mixer whose name or description contains {@code device}.
     *
     * @throws LineUnavailableException naming the device when none has such a line
     */
    public static Line line(String device, DataLine.Info info) throws LineUnavailableException {
        if (device == null || device.isBlank() || device.equals("default")) {
            return AudioSystem.getLine(info);
        }
        Mixer mixer = Arrays.stream(AudioSystem.getMixerInfo())
                .filter(m -> m.getName().contains(device) || m.getDescription().contains(device))
                .map(AudioSystem::getMixer)
                .filter(m -> m.isLineSupported(info))
                .findFirst()
                .orElseThrow(() -> new LineUnavailableException("no audio device named \"" + device + "\""));
        return mixer.getLine(info);
    }
}
