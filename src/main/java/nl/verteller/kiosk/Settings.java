package nl.verteller.kiosk;

import java.util.EnumMap;
import java.util.Map;

/**
 * The kiosk's settings as one value: scan and dwell times, the start text size and voice speed, and
 * which input methods are on. Touch and keys are always on, so no setting can lock everyone out.
 */
public final class Settings {
    private final Map<Setting, Integer> values;

    private Settings(Map<Setting, Integer> values) {
        this.values = values;
    }

    /** Every setting at its standard value. */
    public static Settings standard() {
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, setting.standard());
        }
        return new Settings(values);
    }

    public int get(Setting setting) {
        return values.get(setting);
    }

    public boolean on(Setting setting) {
        return get(setting) != 0;
    }

    /**
     * With {@code setting} at {@code value}. The voice switch presses the scanning switch: turning it on
     * turns scanning on (one switch), turning scanning off turns it off.
     *
     * @throws IllegalArgumentException when the setting does not allow the value
     */
    public Settings with(Setting setting, int value) {
        if (!setting.allows(value)) {
            throw new IllegalArgumentException(setting + " cannot be " + value);
        }
        Map<Setting, Integer> next = new EnumMap<>(values);
        next.put(setting, value);
        if (setting == Setting.VOICE_SWITCH && value == 1 && next.get(Setting.SCANNING) == Setting.SCAN_OFF) {
            next.put(Setting.SCANNING, Setting.ONE_SWITCH);
        } else if (setting == Setting.SCANNING && value == Setting.SCAN_OFF) {
            next.put(Setting.VOICE_SWITCH, 0);
        }
        return new Settings(next);
    }

    /**
     * Whether setting {@code setting} to {@code value} takes away an input method someone may be using
     * this moment: voice, dwell or the voice switch turned off, scanning turned off, or one switch
     * changed for two (a one-switch user has no second switch to move with).
     */
    public boolean takesAway(Setting setting, int value) {
        int now = get(setting);
        if (!setting.isChoice() || value == now || now == 0) {
            return false;
        }
        return value == 0 || setting == Setting.SCANNING && now == Setting.ONE_SWITCH;
    }

    /**
     * These times and sizes with the input methods of {@code clinic}: a patient's choice of input
     * methods lasts until the idle reset; the next patient starts with the clinic's.
     */
    public Settings withInputsOf(Settings clinic) {
        Map<Setting, Integer> next = new EnumMap<>(values);
        for (Setting setting : Setting.values()) {
            if (setting.isChoice()) {
                next.put(setting, clinic.get(setting));
            }
        }
        return new Settings(next);
    }

    /** With {@code setting} one step up ({@code direction} 1) or down (-1). */
    public Settings stepped(Setting setting, int direction) {
        return with(setting, setting.step(get(setting), direction));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Settings settings && settings.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
