package nl.verteller.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import nl.verteller.ui.theme.Theme;

/**
 * Text to read, in the patient's size, bold sans-serif, line spacing 1.5, with the sentence being
 * read filled in the reading colour and the word being spoken in a stronger one. Not focusable:
 * focus stays on the buttons. EDT only.
 */
final class ReadingText extends JTextPane {
    private static final long serialVersionUID = 1L;
    /** Extra space between lines, as a fraction of the line height: 0.5 gives line spacing 1.5. */
    static final float LINE_SPACING = 0.5f;

    private final List<int[]> sentences = new ArrayList<>();
    private Object sentenceMark;
    private Object wordMark;

    ReadingText(String name) {
        setName(name);
        setEditable(false);
        setFocusable(false);
        setHighlighter(new DefaultHighlighter());
    }

    /**
     * This text in a scroll pane without scroll bars (a thin bar is no target for a shaky hand):
     * the text follows the reading by itself, and a finger or mouse drags it; the wheel works too.
     */
    JScrollPane scrolling(int sideMargin) {
        JScrollPane scroll = new JScrollPane(this, ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder(0, sideMargin, 0, sideMargin));
        scroll.setWheelScrollingEnabled(true);
        MouseAdapter drag = new MouseAdapter() {
            private int lastY;

            @Override
            public void mousePressed(MouseEvent e) {
                lastY = e.getYOnScreen();
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                JViewport viewport = scroll.getViewport();
                Point at = viewport.getViewPosition();
                int maxY = Math.max(0, getHeight() - viewport.getHeight());
                at.y = Math.max(0, Math.min(maxY, at.y - (e.getYOnScreen() - lastY)));
                lastY = e.getYOnScreen();
                viewport.setViewPosition(at);
            }
        };
        addMouseListener(drag);
        addMouseMotionListener(drag);
        return scroll;
    }

    /** Shows paragraphs of sentences at {@code points}; forgets the highlights. */
    void show(List<List<String>> paragraphs, int points) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, points);
        setFont(font);
        sentences.clear();
        StringBuilder text = new StringBuilder();
        for (List<String> paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                sentences.add(new int[] {text.length(), text.length() + paragraph.get(i).length()});
                text.append(paragraph.get(i));
            }
        }
        setText(text.toString());
        SimpleAttributeSet style = new SimpleAttributeSet();
        StyleConstants.setFontFamily(style, font.getFamily());
        StyleConstants.setFontSize(style, points);
        StyleConstants.setBold(style, true);
        StyleConstants.setLineSpacing(style, LINE_SPACING);
        StyleConstants.setSpaceBelow(style, points * 0.8f);
        StyledDocument document = getStyledDocument();
        document.setParagraphAttributes(0, document.getLength(), style, false);
        document.setCharacterAttributes(0, document.getLength(), style, false);
        getHighlighter().removeAllHighlights();
        sentenceMark = null;
        wordMark = null;
        setCaretPosition(0);
    }

    /** Marks sentence {@code index} (none when out of range) and, when {@code wordStart >= 0}, a word in it. */
    void highlight(int index, int wordStart, int wordEnd, boolean scroll) {
        getHighlighter().removeAllHighlights();
        sentenceMark = null;
        wordMark = null;
        if (index < 0 || index >= sentences.size()) {
            return;
        }
        int[] span = sentences.get(index);
        try {
            sentenceMark = getHighlighter().addHighlight(span[0], span[1],
                    new DefaultHighlighter.DefaultHighlightPainter(Theme.color("Verteller.readingBackground")));
            if (wordStart >= 0 && span[0] + wordEnd <= span[1]) {
                Color word = Theme.color("Verteller.wordBackground");
                wordMark = getHighlighter().addHighlight(span[0] + wordStart, span[0] + wordEnd,
                        new DefaultHighlighter.DefaultHighlightPainter(word));
            }
            if (scroll) {
                keepInView(span[0], span[1]);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("sentence " + index + " outside the text", e);
        }
    }

    /** Scrolls so the sentence is in view with a line of context above it. */
    private void keepInView(int start, int end) throws BadLocationException {
        Rectangle2D first = modelToView2D(start);
        Rectangle2D last = modelToView2D(end);
        if (first == null || last == null) {
            return;
        }
        int context = (int) first.getHeight();
        Rectangle area = new Rectangle(0, (int) first.getY() - context, 1,
                (int) (last.getMaxY() - first.getY()) + 2 * context);
        scrollRectToVisible(area);
    }

    /** The number of sentences shown. */
    int sentenceCount() {
        return sentences.size();
    }

    /** The highlighted sentence's text, or null: what a user sees marked. */
    String markedSentence() {
        return marked(sentenceMark);
    }

    /** The highlighted word, or null. */
    String markedWord() {
        return marked(wordMark);
    }

    private String marked(Object mark) {
        if (mark == null) {
            return null;
        }
        for (var h : getHighlighter().getHighlights()) {
            if (h == mark) {
                try {
                    return getText(h.getStartOffset(), h.getEndOffset() - h.getStartOffset());
                } catch (BadLocationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
