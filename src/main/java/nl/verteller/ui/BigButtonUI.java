package nl.verteller.ui;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;
import com.formdev.flatlaf.ui.FlatButtonUI;
import com.formdev.flatlaf.ui.FlatUIUtils;

/**
 * FlatLaf's button, with the picture and the word laid out by the kiosk: the word wraps onto lines
 * (never HTML, which the kiosk keeps off for leaflet text), up to {@link #MAX_LINES} lines and then an
 * ellipsis. Under the picture (top bar, settings) the word is never narrower than its widest word;
 * beside it (chapter and leaflet tiles) it fills the tile's width. FlatLaf still paints the fill and
 * state colours. EDT only.
 */
final class BigButtonUI extends FlatButtonUI {
    /** Lines of a word before it is cut with an ellipsis (the whole title is on the reader). */
    static final int MAX_LINES = 3;

    BigButtonUI() {
        super(false);
    }

    @Override
    public void paint(Graphics g, JComponent c) {
        BigButton button = (BigButton) c;
        Object[] hints = FlatUIUtils.setRenderingHints(g);
        try {
            Face face = face(button, g.getFontMetrics(button.getFont()), button.getWidth());
            g.setColor(getForeground(button));
            face.paint(button, g);
        } finally {
            FlatUIUtils.resetRenderingHints(g, hints);
        }
    }

    @Override
    public Dimension getPreferredSize(JComponent c) {
        BigButton button = (BigButton) c;
        FontMetrics metrics = button.getFontMetrics(button.getFont());
        Insets in = button.getInsets();
        Icon picture = button.picture();
        String word = button.word() == null ? "" : button.word();
        if (button.isBeside()) {
            int height = Math.max(picture.getIconHeight(), metrics.getHeight() * MAX_LINES);
            return new Dimension(in.left + in.right + picture.getIconWidth() + button.getIconTextGap()
                    + metrics.stringWidth(word), in.top + in.bottom + height);
        }
        Face face = face(button, metrics, 0);
        return new Dimension(in.left + in.right + Math.max(picture.getIconWidth(), face.textWidth()),
                in.top + in.bottom + face.height());
    }

    /** The picture and the lines of the word, for a button {@code width} wide (0: as narrow as it may be). */
    private static Face face(BigButton button, FontMetrics metrics, int width) {
        Insets in = button.getInsets();
        String word = button.word() == null ? "" : button.word();
        Icon picture = button.picture();
        int inner = width - in.left - in.right;
        if (button.isBeside()) {
            int textWidth = Math.max(metrics.charWidth('W'), inner - picture.getIconWidth() - 2 * button.getIconTextGap());
            return new Face(picture, WrappedWords.lines(word, metrics, textWidth, MAX_LINES), metrics, true,
                    button.getIconTextGap());
        }
        int textWidth = Math.max(inner, WrappedWords.widestWord(word, metrics));
        return new Face(picture, word.isBlank() ? List.of() : WrappedWords.lines(word, metrics, textWidth, MAX_LINES),
                metrics, false, button.getIconTextGap());
    }

    /** A laid-out picture and lines. */
    private record Face(Icon picture, List<String> lines, FontMetrics metrics, boolean beside, int gap) {
        int textWidth() {
            return lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        }

        int textHeight() {
            return lines.size() * metrics.getHeight();
        }

        int height() {
            return beside ? Math.max(picture.getIconHeight(), textHeight())
                    : picture.getIconHeight() + (lines.isEmpty() ? 0 : gap + textHeight());
        }

        void paint(BigButton button, Graphics g) {
            Insets in = button.getInsets();
            int innerWidth = button.getWidth() - in.left - in.right;
            int innerHeight = button.getHeight() - in.top - in.bottom;
            int top = in.top + (innerHeight - height()) / 2;
            if (beside) {
                int pad = gap;
                picture.paintIcon(button, g, in.left + pad, in.top + (innerHeight - picture.getIconHeight()) / 2);
                int x = in.left + pad + picture.getIconWidth() + gap;
                int y = in.top + (innerHeight - textHeight()) / 2 + metrics.getAscent();
                for (String line : lines) {
                    FlatUIUtils.drawString(button, g, line, x, y);
                    y += metrics.getHeight();
                }
                return;
            }
            picture.paintIcon(button, g, in.left + (innerWidth - picture.getIconWidth()) / 2, top);
            int y = top + picture.getIconHeight() + gap + metrics.getAscent();
            for (String line : lines) {
                FlatUIUtils.drawString(button, g, line, in.left + (innerWidth - metrics.stringWidth(line)) / 2, y);
                y += metrics.getHeight();
            }
        }
    }
}
