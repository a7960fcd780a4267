package nl.verteller.ui.theme;

import com.formdev.flatlaf.FlatLightLaf;

/** The light theme; its colours and sizes are in {@code VertellerLightLaf.properties}. */
public class VertellerLightLaf extends FlatLightLaf {
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "Verteller Light";
    }
}
