package nl.verteller.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;

/** The high-contrast dark theme; its colours and sizes are in {@code VertellerDarkLaf.properties}. */
public class VertellerDarkLaf extends FlatDarkLaf {
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "Verteller Dark";
    }
}
