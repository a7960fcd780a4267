package nl.verteller.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * Measures what is really on screen: the bounds of every showing button and the fonts of every
 * showing text, against the kiosk's rules; nothing may stand out beyond the sides, and no scrollbar
 * may show (a patient without hands cannot drag one). Returns the violations in words; none is good.
 */
final class ScreenAudit {
    private ScreenAudit() {
    }

    static List<String> violations(Container root, Sizes sizes, int minBodyPoints) {
        List<String> found = new ArrayList<>();
        List<Component> buttons = new ArrayList<>();
        walk(root, root, sizes, minBodyPoints, found, buttons);
        for (int i = 0; i < buttons.size(); i++) {
            for (int j = i + 1; j < buttons.size(); j++) {
                Rectangle a = bounds(buttons.get(i), root);
                Rectangle b = bounds(buttons.get(j), root);
                int gap = Math.max(Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width)),
                        Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height)));
                if (gap < sizes.minGap()) {
                    found.add(name(buttons.get(i)) + " and " + name(buttons.get(j)) + " are " + gap + " px apart, under "
                            + sizes.minGap());
                }
            }
        }
        return found;
    }

    private static void walk(Container root, Container container, Sizes sizes, int minBody, List<String> found,
            List<Component> buttons) {
        for (Component c : container.getComponents()) {
            if (!c.isShowing() || c.getWidth() == 0 || c.getHeight() == 0) {
                continue;
            }
            Rectangle at = bounds(c, root);
            Container parent = c.getParent();
            if (!(parent instanceof JViewport) && (c.getX() < 0 || c.getY() < 0 || c.getX() + c.getWidth() > parent.getWidth()
                    || c.getY() + c.getHeight() > parent.getHeight())) {
                found.add(name(c) + " is cut off by " + name(parent));
            }
            if (at.x < 0 || at.x + at.width > root.getWidth() || c instanceof JScrollBar) {
                found.add(name(c) + (c instanceof JScrollBar ? " is a scrollbar" : " runs off the screen: x " + at.x
                        + " to " + (at.x + at.width) + " of " + root.getWidth()));
            }
            if (c instanceof AbstractButton button) {
                buttons.add(button);
                Rectangle r = bounds(button, root);
                if (r.width < sizes.minTarget() || r.height < sizes.minTarget()) {
                    found.add(name(button) + " is " + r.width + " x " + r.height + " px, under " + sizes.minTarget());
                }
                checkLabelFont(button, button.getText(), found);
            } else if (c instanceof JLabel label) {
                checkLabelFont(label, label.getText(), found);
            } else if (c instanceof ReadingText text) {
                checkBody(text, minBody, found);
            }
            if (c instanceof Container inner) {
                walk(root, inner, sizes, minBody, found, buttons);
            }
        }
    }

    private static void checkLabelFont(Component c, String text, List<String> found) {
        Font font = c.getFont();
        if (text != null && !text.isBlank() && (font.getSize() < Sizes.MIN_LABEL || !font.isBold())) {
            found.add(name(c) + " shows text in " + font.getSize() + " pt" + (font.isBold() ? "" : " not bold"));
        }
    }

    private static void checkBody(ReadingText text, int minBody, List<String> found) {
        StyledDocument document = text.getStyledDocument();
        AttributeSet characters = document.getCharacterElement(0).getAttributes();
        AttributeSet paragraph = document.getParagraphElement(0).getAttributes();
        int size = StyleConstants.getFontSize(characters);
        if (text.getFont().getSize() < minBody || size < minBody) {
            found.add(name(text) + " body text is " + size + " pt, under " + minBody);
        }
        if (!StyleConstants.isBold(characters) || !StyleConstants.getFontFamily(characters).toLowerCase().contains("sans")) {
            found.add(name(text) + " body text is not bold sans-serif");
        }
        if (StyleConstants.getLineSpacing(paragraph) < 0.5f) {
            found.add(name(text) + " line spacing is under 1.5");
        }
    }

    private static Rectangle bounds(Component c, Container root) {
        return SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
    }

    private static String name(Component c) {
        return c.getName() != null ? c.getName() : c.getClass().getSimpleName();
    }
}
