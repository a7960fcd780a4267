package nl.verteller.ui;

import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Setting;
import nl.verteller.kiosk.VoiceStatus;

/** Whether the screen may tell the patient to say something: only when voice control listens in its language. */
final class Voice {
    private Voice() {
    }

    /** Voice control on, and a model for the screen's language (not just starting, not missing). */
    static boolean canSay(KioskState state) {
        VoiceStatus status = state.listening();
        return state.settings().on(Setting.VOICE_CONTROL) && status != null && status.language() == state.language()
                && status.kind() != VoiceStatus.Kind.NO_MODEL;
    }
}
