package nl.verteller.ui;

import nl.verteller.kiosk.KioskState;

/** A part of the screen that draws itself from the kiosk state. EDT only. */
interface KioskView {
    void render(KioskState state, Texts texts);
}
