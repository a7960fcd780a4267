package nl.verteller.ui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JComponent;

/**
 * Keeps Swing from rendering text as HTML. Swing renders any label or button text that starts with
 * {@code <html>}; a leaflet title written so would be rendered, and its {@code <img src="http://…">}
 * would reach the network (and block the screen while a server does not answer). The kiosk shows
 * words only. EDT only.
 */
final class PlainText {
    /** Swing's own client property (see {@code javax.swing.plaf.basic.BasicHTML}). */
    static final String HTML_DISABLE = "html.disable";

    private PlainText() {
    }

    /** {@code component}, set to show its text as plain text. Call before its text is set. */
    static <T extends JComponent> T of(T component) {
        component.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        return component;
    }

    /** Every component below {@code root}, now: for labels made before their text is known. */
    static void everywhere(Container root) {
        if (root instanceof JComponent component) {
            of(component);
        }
        for (Component child : root.getComponents()) {
            if (child instanceof Container container) {
                everywhere(container);
            }
        }
    }
}
