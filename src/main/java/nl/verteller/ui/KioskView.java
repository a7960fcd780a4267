package nl.verteller.ui;

import java.util.List;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;

/** A part of the screen that draws itself from the kiosk state. EDT only. */
interface KioskView {
    void render(KioskState state, Texts texts);

    /** The groups switch scanning goes over on this screen; empty: all its buttons as one group. */
    default List<List<BigButton>> scanRows() {
        return List.of();
    }
}
