package nl.verteller.ui;

import java.awt.BasicStroke;
import java.awt.Color;
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
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
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

    /** Client property of a window's root pane while switch scanning is on there. */
    static final String SCANNING = "Verteller.scanning";

    private static final Icon EMPTY = new Icon() {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            // Nothing to draw: a button without a picture.
        }

        @Override
        public int getIconWidth() {
            return 0;
        }

        @Override
        public int getIconHeight() {
            return 0;
        }
    };
    private final int focusWidth;
    private boolean beside;

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

    /** The picture and the word are laid out by the kiosk's own button UI (wrapped words, no HTML). */
    @Override
    public void updateUI() {
        setUI(new BigButtonUI());
    }

    /**
     * Lays the word beside the picture instead of under it, for wide buttons such as chapters: it wraps
     * to the button's width, up to three lines.
     */
    public BigButton beside() {
        beside = true;
        setHorizontalAlignment(SwingConstants.LEFT);
        revalidate();
        return this;
    }

    boolean isBeside() {
        return beside;
    }

    /** The picture above or beside the word. */
    Icon picture() {
        return getIcon() == null ? EMPTY : getIcon();
    }

    /** Shows {@code word}, as plain text; it wraps onto lines where it needs to. */
    public void setWord(String word) {
        putClientProperty("verteller.word", word);
        setToolTipText(null);
        setText(word);
    }

    /**
     * Marks the button as the current choice (a language, a setting): the theme's selected fill and
     * text, 3:1 or more against an unmarked button's fill (WCAG 1.4.11), so the state is seen at once.
     */
    public void setMarked(boolean current) {
        // Plain colours, not the theme's UIResource ones, so FlatLaf paints them instead of its own.
        setBackground(current ? new Color(Theme.color("Verteller.selectedBackground").getRGB())
                : UIManager.getColor("Button.background"));
        setForeground(current ? new Color(Theme.color("Verteller.selectedForeground").getRGB())
                : UIManager.getColor("Button.foreground"));
    }

    /** Shows or hides the scan highlight: the same thick frame as focus, so one look means "this one". */
    public void setScanHighlight(boolean on) {
        putClientProperty("verteller.scan", on);
        repaint();
    }

    /**
     * Shows dwell progress, 0 to 1, as a bold fill in the focus colour rising from the bottom of the
     * button, seen from the corner of the eye while looking at the word; 0 hides it.
     */
    public void setDwellProgress(double fraction) {
        putClientProperty("verteller.dwell", fraction);
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Object dwell = getClientProperty("verteller.dwell");
        if (dwell instanceof Double fraction && fraction > 0) {
            super.paintComponent(graphics);
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                int inset = focusWidth;
                int height = (int) Math.round((getHeight() - 2 * inset) * fraction);
                Color focus = Theme.color("Verteller.focusColor");
                g.clip(new RoundRectangle2D.Double(inset, inset, getWidth() - 2.0 * inset, getHeight() - 2.0 * inset,
                        20, 20));
                g.setColor(new Color(focus.getRed(), focus.getGreen(), focus.getBlue(), 110));
                g.fillRect(inset, getHeight() - inset - height, getWidth() - 2 * inset, height);
            } finally {
                g.dispose();
            }
            return;
        }
        super.paintComponent(graphics);
    }

    /** The word as a patient says it, without line breaks. */
    public String word() {
        return (String) getClientProperty("verteller.word");
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
                JRootPane root = SwingUtilities.getRootPane(c);
                boolean scanning = root != null && Boolean.TRUE.equals(root.getClientProperty(SCANNING));
                boolean keyboardFocus = c.isFocusOwner() && !scanning;
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
