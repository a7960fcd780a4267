package nl.verteller.kiosk;

import java.util.List;
import java.util.stream.IntStream;
import nl.verteller.speech.Narrator;

/**
 * What the settings screen changes, with the values each may take, in order. Numbers go up and down
 * through their steps; the input methods are choices ({@code 0} off, {@code 1} on; scanning also
 * {@code 2} for two switches).
 */
public enum Setting {
    /** How long the scan highlight stays on each place, in ms. */
    SCAN_TIME(1000, List.of(300, 400, 500, 600, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000)),
    /** How long the pointer must rest on a button to press it, in ms. */
    DWELL_TIME(1250, List.of(500, 750, 1000, 1250, 1500, 2000, 2500, 3000)),
    /** Body text size, in points. */
    TEXT_SIZE(28, IntStream.rangeClosed(0, 7).map(i -> KioskController.MIN_TEXT + i * KioskController.TEXT_STEP)
            .boxed().toList()),
    /** Speaking rate step (the volume has the same steps). */
    VOICE_SPEED((Narrator.STEPS + 1) / 2, IntStream.rangeClosed(1, Narrator.STEPS).boxed().toList()),
    /** Listening for spoken commands. */
    VOICE_CONTROL(1, List.of(0, 1)),
    /** Switch scanning: off, one switch (automatic), two switches (step). */
    SCANNING(0, List.of(0, 1, 2)),
    /** Pressing a button by resting the pointer on it. */
    DWELL(0, List.of(0, 1)),
    /** Any sound as a switch press (needs scanning). */
    VOICE_SWITCH(0, List.of(0, 1));

    /** Scanning values. */
    public static final int SCAN_OFF = 0;
    public static final int ONE_SWITCH = 1;
    public static final int TWO_SWITCHES = 2;

    private final int standard;
    private final List<Integer> steps;

    Setting(int standard, List<Integer> steps) {
        this.standard = standard;
        this.steps = steps;
    }

    /** The value when nothing is configured. */
    public int standard() {
        return standard;
    }

    /** Whether this setting is an input method turned on or off (or, for scanning, chosen). */
    public boolean isChoice() {
        return ordinal() >= VOICE_CONTROL.ordinal();
    }

    /** Whether {@code value} may be set: within the range of the steps. */
    public boolean allows(int value) {
        return isChoice() ? steps.contains(value) : value >= steps.get(0) && value <= steps.get(steps.size() - 1);
    }

    /** The next step above {@code value} ({@code direction} 1) or below it (-1); the end when there is none. */
    public int step(int value, int direction) {
        if (direction > 0) {
            return steps.stream().filter(v -> v > value).findFirst().orElse(steps.get(steps.size() - 1));
        }
        return steps.stream().filter(v -> v < value).reduce((a, b) -> b).orElse(steps.get(0));
    }

    public int lowest() {
        return steps.get(0);
    }

    public int highest() {
        return steps.get(steps.size() - 1);
    }
}
