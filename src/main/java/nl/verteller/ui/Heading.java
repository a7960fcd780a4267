package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import com.formdev.flatlaf.ui.FlatUIUtils;

/**
 * A screen's large heading. A long one (a clinic's leaflet title) wraps onto more lines at its
 * width instead of running under what stands beside it; past {@code maxLines} it ends in "…".
 * Drawn as plain text, never HTML. EDT only.
 */
final class Heading extends JLabel {
    private static final long serialVersionUID = 1L;

    private final int maxLines;
    private int laidOutWidth = -1;

    /** A heading of up to three lines. */
    Heading(String name, Sizes sizes) {
        this(name, sizes, BigButtonUI.MAX_LINES);
    }

    /** @param maxLines lines before an ellipsis; {@link Integer#MAX_VALUE} shows the whole text */
    Heading(String name, Sizes sizes, int maxLines) {
        this.maxLines = maxLines;
        PlainText.of(this);
        setName(name);
        setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 12));
        setBorder(BorderFactory.createEmptyBorder(sizes.gap() / 2, 0, sizes.gap() / 2, 0));
    }

    /** The top of a screen: this heading over a one-line hint in label type, named {@code hintName}. */
    JPanel over(JLabel hint, String hintName, Sizes sizes) {
        hint.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label()));
        hint.setName(hintName);
        JPanel top = new JPanel(new BorderLayout());
        top.add(this, BorderLayout.NORTH);
        top.add(hint, BorderLayout.SOUTH);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, sizes.gap(), 0));
        return top;
    }

    private List<String> lines(int width) {
        String text = getText() == null ? "" : getText();
        return text.isBlank() ? List.of("") : WrappedWords.lines(text, getFontMetrics(getFont()), width, maxLines);
    }

    private int textWidth() {
        Insets in = getInsets();
        return getWidth() > 0 ? getWidth() - in.left - in.right : Integer.MAX_VALUE / 2;
    }

    /** As high as its lines at its present width (one line until it has one). */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        FontMetrics metrics = getFontMetrics(getFont());
        List<String> lines = lines(textWidth());
        int widest = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        return new Dimension(widest + in.left + in.right, lines.size() * metrics.getHeight() + in.top + in.bottom);
    }

    /** A new width may need another number of lines: lay out again once it is known. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (width != laidOutWidth) {
            laidOutWidth = width;
            if (getPreferredSize().height != height) {
                revalidate();
            }
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        Object[] hints = FlatUIUtils.setRenderingHints(g);
        try {
            Insets in = getInsets();
            FontMetrics metrics = getFontMetrics(getFont());
            g.setFont(getFont());
            g.setColor(getForeground());
            int y = in.top + Math.max(0, (getHeight() - in.top - in.bottom - lines(textWidth()).size()
                    * metrics.getHeight()) / 2) + metrics.getAscent();
            boolean centred = getHorizontalAlignment() == CENTER;
            int width = getWidth() - in.left - in.right;
            for (String line : lines(textWidth())) {
                int x = centred ? in.left + (width - metrics.stringWidth(line)) / 2 : in.left;
                FlatUIUtils.drawString(this, g, line, x, y);
                y += metrics.getHeight();
            }
        } finally {
            FlatUIUtils.resetRenderingHints(g, hints);
        }
    }
}
