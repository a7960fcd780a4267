package nl.verteller.ui;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/**
 * The picture on each button, drawn in the button's text colour so it follows the theme and
 * stays sharp at any size. Shapes are drawn on a 24 × 24 grid and scaled.
 */
public enum Glyph {
    READ, PAUSE, NEXT, PREVIOUS, REPEAT, SLOWER, FASTER, SOFTER, LOUDER, SMALLER_TEXT, BIGGER_TEXT, HOME, BACK, HELP,
    LEAFLET, SETTINGS, ON, OFF, ONE_SWITCH, TWO_SWITCHES, WORDS, SCAN_SLOWER, SCAN_FASTER, DWELL_LONGER,
    DWELL_SHORTER, ADD;

    /** An icon of this glyph, {@code size} pixels square. */
    public Icon icon(int size) {
        return new GlyphIcon(size, this, null);
    }

    /** An icon that shows a short text, such as a chapter number or {@code NL}. */
    public static Icon text(String text, int size) {
        return new GlyphIcon(size, null, text);
    }

    private void draw(Graphics2D g) {
        switch (this) {
            case READ -> g.fill(polygon(6, 4, 20, 12, 6, 20));
            case PAUSE -> {
                g.fill(new Rectangle2D.Double(6, 4, 4.5, 16));
                g.fill(new Rectangle2D.Double(13.5, 4, 4.5, 16));
            }
            case NEXT -> {
                g.fill(polygon(4, 4, 16, 12, 4, 20));
                g.fill(new Rectangle2D.Double(16.5, 4, 3.5, 16));
            }
            case PREVIOUS -> {
                g.fill(polygon(20, 4, 8, 12, 20, 20));
                g.fill(new Rectangle2D.Double(4, 4, 3.5, 16));
            }
            case REPEAT -> {
                g.draw(new Arc2D.Double(4, 4, 16, 16, 90, 270, Arc2D.OPEN));
                g.fill(polygon(12, 0.5, 17, 4, 12, 7.5));
            }
            // Each speed its own sign: a dial for reading, the scan frame for scanning, a filling clock
            // for dwell; a lone chevron read as "next".
            case SLOWER -> dial(g, 200);
            case FASTER -> dial(g, 340);
            case SCAN_SLOWER -> scanFrame(g, 1);
            case SCAN_FASTER -> scanFrame(g, 3);
            case DWELL_LONGER -> clock(g, 270);
            case DWELL_SHORTER -> clock(g, 90);
            case ADD -> {
                g.draw(new Line2D.Double(12, 4, 12, 20));
                g.draw(new Line2D.Double(4, 12, 20, 12));
            }
            case SOFTER -> speaker(g, 1);
            case LOUDER -> speaker(g, 3);
            case SMALLER_TEXT -> letter(g, 13);
            case BIGGER_TEXT -> letter(g, 22);
            case HOME -> {
                g.fill(polygon(12, 3, 22, 12, 19, 12, 19, 21, 5, 21, 5, 12, 2, 12));
            }
            case BACK -> {
                g.fill(polygon(3, 12, 11, 4, 11, 9, 21, 9, 21, 15, 11, 15, 11, 20));
            }
            case HELP -> centred(g, "?", 22);
            case SETTINGS -> {
                // Three sliders: the usual sign for settings, clearer at a glance than a cog.
                for (int row = 0; row < 3; row++) {
                    double y = 6 + row * 6;
                    g.draw(new Line2D.Double(3, y, 21, y));
                    double knob = new double[] {15, 8, 13}[row];
                    g.fill(new Ellipse2D.Double(knob - 2.5, y - 2.5, 5, 5));
                }
            }
            case ON -> {
                Path2D.Double tick = new Path2D.Double();
                tick.moveTo(4, 12.5);
                tick.lineTo(10, 18);
                tick.lineTo(20, 6);
                g.draw(tick);
            }
            case OFF -> {
                g.draw(new Line2D.Double(5, 5, 19, 19));
                g.draw(new Line2D.Double(19, 5, 5, 19));
            }
            case ONE_SWITCH -> g.fill(new Ellipse2D.Double(6, 6, 12, 12));
            case TWO_SWITCHES -> {
                g.fill(new Ellipse2D.Double(1.5, 7, 10, 10));
                g.fill(new Ellipse2D.Double(12.5, 7, 10, 10));
            }
            case WORDS -> {
                // A speech bubble: words of one's own.
                g.draw(new RoundRectangle2D.Double(3, 4, 18, 12, 5, 5));
                g.fill(polygon(7, 15, 7, 21, 12, 15));
            }
            case LEAFLET -> {
                g.draw(new Rectangle2D.Double(5, 2.5, 14, 19));
                for (int line = 0; line < 4; line++) {
                    g.fill(new Rectangle2D.Double(8, 7 + line * 3.5, 8, 1.5));
                }
            }
        }
    }

    /** A speedometer: an arc with the needle at {@code degrees} (180 left, 360 right), and a hub. */
    private static void dial(Graphics2D g, double degrees) {
        g.draw(new Arc2D.Double(2, 5, 20, 20, 0, 180, Arc2D.OPEN));
        double angle = Math.toRadians(degrees);
        g.draw(new Line2D.Double(12, 15, 12 + 8 * Math.cos(angle), 15 + 8 * Math.sin(angle)));
        g.fill(new Ellipse2D.Double(9.5, 12.5, 5, 5));
    }

    /** The scan frame (a thick square) with one or three small chevrons: scanning slower or faster. */
    private static void scanFrame(Graphics2D g, int count) {
        g.draw(new RoundRectangle2D.Double(2, 3, 20, 18, 4, 4));
        double width = 4;
        double start = 12 - count * width / 2;
        Stroke was = g.getStroke();
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < count; i++) {
            double x = start + i * width;
            Path2D.Double chevron = new Path2D.Double();
            chevron.moveTo(x, 8);
            chevron.lineTo(x + 3.5, 12);
            chevron.lineTo(x, 16);
            g.draw(chevron);
        }
        g.setStroke(was);
    }

    /** A clock face filled for {@code degrees}: a long or a short rest on a button. */
    private static void clock(Graphics2D g, double degrees) {
        g.draw(new Ellipse2D.Double(3, 3, 18, 18));
        g.fill(new Arc2D.Double(6, 6, 12, 12, 90, -degrees, Arc2D.PIE));
    }

    private static void speaker(Graphics2D g, int waves) {
        g.fill(polygon(3, 9, 7, 9, 12, 4, 12, 20, 7, 15, 3, 15));
        for (int i = 0; i < waves; i++) {
            double r = 4 + i * 3.5;
            g.draw(new Arc2D.Double(12 - r, 12 - r, 2 * r, 2 * r, -45, 90, Arc2D.OPEN));
        }
    }

    private static void letter(Graphics2D g, float size) {
        centred(g, "A", size);
    }

    private static void centred(Graphics2D g, String text, float size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
        FontRenderContext context = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, context);
        Rectangle2D bounds = layout.getBounds();
        layout.draw(g, (float) (12 - bounds.getCenterX()), (float) (12 - bounds.getCenterY()));
    }

    private static Path2D polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private record GlyphIcon(int size, Glyph glyph, String text) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(c.getForeground());
                g.translate(x, y);
                g.scale(size / 24.0, size / 24.0);
                g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                if (glyph != null) {
                    glyph.draw(g);
                } else {
                    centred(g, text, text.length() > 2 ? 11 : 16);
                }
            } finally {
                g.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return size;
        }

        @Override
        public int getIconHeight() {
            return size;
        }
    }
}
