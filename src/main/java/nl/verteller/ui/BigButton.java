package nl.verteller.ui;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.event.KeyEvent;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.border.AbstractBorder;
import nl.verteller.ui.theme.Theme;

/**
 * A large target with a picture and a word; the word is what a patient can say. It acts on release
 * of a press inside it (a tap), on Space and on Enter, never on hover. Focus (and later the scan
 * highlight) is a thick frame in the theme's focus colour, unlike the reading highlight. EDT only.
 */
public final class BigButton extends JButton {
    private static final long serialVersionUID = 1L;

    /** UI default set while switch scanning is on. */
    public static final String SCANNING = "Verteller.scanning";

    private final int focusWidth;

    /**
     * @param name    the component name, for tests and for the scanning order
     * @param icon    the picture
     * @param word    the word under (or beside) the picture
     * @param size    the preferred size
     * @param labelPt the font size of the word
     */
    public BigButton(String name, Icon icon, String word, Dimension size, int labelPt, int focusWidth) {
        this.focusWidth = focusWidth;
        PlainText.of(this);
        setName(name);
        setIcon(icon);
        setWord(word);
        setPreferredSize(size);
        setMinimumSize(size);
        setFont(new Font(Font.SANS_SERIF, Font.BOLD, labelPt));
        setVerticalTextPosition(SwingConstants.BOTTOM);
        setHorizontalTextPosition(SwingConstants.CENTER);
        setIconTextGap(Math.max(4, labelPt / 3));
        setFocusPainted(false);
        setBorder(new FocusFrame());
        getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, false), "pressed");
        getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, true), "released");
    }

    /**
     * At least the size it was made with, and wider when its word needs it: a long word in a small
     * window (or in Dutch) is shown whole, never cut off with dots.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension made = super.getPreferredSize();
        if (!isPreferredSizeSet() || getUI() == null) {
            return made;
        }
        return new Dimension(Math.max(made.width, wordWidth()), made.height);
    }

    /** The width that shows the picture and the whole word, however wide the button was made. */
    public int wordWidth() {
        Dimension natural = getUI() == null ? null : getUI().getPreferredSize(this);
        return natural == null ? 0 : natural.width;
    }

    /** Lays the word beside the picture instead of under it, for wide buttons such as chapters. */
    public BigButton beside() {
        setVerticalTextPosition(SwingConstants.CENTER);
        setHorizontalTextPosition(SwingConstants.RIGHT);
        setHorizontalAlignment(SwingConstants.LEFT);
        return this;
    }

    /** Shows {@code word}; several words wrap onto lines of their own so wide words still fit. */
    public void setWord(String word) {
        putClientProperty("verteller.word", word);
        setToolTipText(null);
        boolean under = getVerticalTextPosition() == SwingConstants.BOTTOM;
        setText(under && word.contains(" ")
                ? "<html><div style='text-align:center'>" + escape(word).replace(" ", "<br>") + "</div></html>"
                : word);
    }

    /** Marks the button as the current choice (a language, a setting), with the theme's selected background. */
    public void setMarked(boolean current) {
        setBackground(current ? Theme.color("Verteller.selectedBackground") : UIManager.getColor("Button.background"));
    }

    /** Shows or hides the scan highlight: the same thick frame as focus, so one look means "this one". */
    public void setScanHighlight(boolean on) {
        putClientProperty("verteller.scan", on);
        repaint();
    }

    /** Shows dwell progress, 0 to 1, as a bar along the bottom; 0 hides it. */
    public void setDwellProgress(double fraction) {
        putClientProperty("verteller.dwell", fraction);
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        Object dwell = getClientProperty("verteller.dwell");
        if (dwell instanceof Double fraction && fraction > 0) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                int inset = focusWidth + 6;
                int height = Math.max(8, focusWidth + 2);
                g.setColor(Theme.color("Verteller.focusColor"));
                g.fillRoundRect(inset, getHeight() - inset - height,
                        (int) Math.round((getWidth() - 2 * inset) * fraction), height, height, height);
            } finally {
                g.dispose();
            }
        }
    }

    /** The word as a patient says it, without line breaks. */
    public String word() {
        return (String) getClientProperty("verteller.word");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The thick frame shown while the button has focus; a thin outline otherwise. */
    private final class FocusFrame extends AbstractBorder {
        private static final long serialVersionUID = 1L;

        @Override
        public void paintBorder(Component c, Graphics graphics, int x, int y, int width, int height) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                // With switch scanning on, only the scan highlight is drawn: two frames would confuse.
                boolean keyboardFocus = c.isFocusOwner() && !UIManager.getBoolean(SCANNING);
                boolean focused = keyboardFocus || Boolean.TRUE.equals(getClientProperty("verteller.scan"));
                int stroke = focused ? focusWidth : Math.max(2, focusWidth / 3);
                g.setColor(Theme.color(focused ? "Verteller.focusColor" : "Verteller.buttonBorderColor"));
                g.setStroke(new BasicStroke(stroke));
                double inset = stroke / 2.0;
                g.draw(new RoundRectangle2D.Double(x + inset, y + inset, width - stroke, height - stroke, 24, 24));
            } finally {
                g.dispose();
            }
        }

        @Override
        public Insets getBorderInsets(Component c) {
            int pad = focusWidth + 4;
            return new Insets(pad, pad, pad, pad);
        }
    }
}
