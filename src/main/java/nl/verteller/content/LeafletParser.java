package nl.verteller.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Turns leaflet Markdown into a {@link Leaflet}: {@code #} is the title, each {@code ##} starts a
 * chapter, every paragraph (also inside lists and quotes) and every deeper heading is body text.
 * Text before the first {@code ##} becomes a first chapter named after the title, so nothing is lost.
 *
 * <p>The tree is walked with a loop, not by recursion, and refused beyond {@link #MAX_DEPTH} levels:
 * a small file of 20 000 nested quotes must be named and skipped, not overflow the stack of the
 * thread that loads it.
 */
public final class LeafletParser {
    /** Quotes in lists in quotes, emphasis in links: a real leaflet stays far below this. */
    public static final int MAX_DEPTH = 64;

    private final Parser parser = Parser.builder().build();

    /**
     * Parses one leaflet.
     *
     * @throws ContentException when the file has no {@code ##} chapter and no text at all, or is
     *                          nested deeper than {@link #MAX_DEPTH}
     */
    public Leaflet parse(String id, Language language, String markdown) throws ContentException {
        Collector collector = new Collector(SentenceSplitter.forLanguage(language));
        walk(parser.parse(markdown), collector::visit);
        String title = collector.title == null ? id : collector.title;
        List<Chapter> chapters = collector.chapters(title);
        if (chapters.isEmpty()) {
            throw new ContentException("no chapter: start each chapter with a line \"## Title\"");
        }
        return new Leaflet(id, language, title, chapters);
    }

    /** Sees one node of a walk; answers whether to walk its children too. */
    private interface NodeVisitor {
        boolean visit(Node node) throws ContentException;
    }

    /** Visits the nodes below {@code root} in document order, depth first, without recursion. */
    private static void walk(Node root, NodeVisitor visitor) throws ContentException {
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (visitor.visit(node) && node.getFirstChild() != null) {
                if (++depth > MAX_DEPTH) {
                    throw new ContentException("nested too deeply (more than " + MAX_DEPTH
                            + " levels of quotes, lists or emphasis)");
                }
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
    }

    /** Collects headings and paragraphs in document order. */
    private static final class Collector {
        private final SentenceSplitter splitter;
        private final List<ChapterDraft> drafts = new ArrayList<>();
        private String title;

        Collector(SentenceSplitter splitter) {
            this.splitter = splitter;
        }

        /** Headings and paragraphs are taken whole; other blocks (quotes, lists) are walked into. */
        boolean visit(Node node) throws ContentException {
            if (node instanceof Heading heading) {
                heading(heading.getLevel(), plainText(heading));
                return false;
            }
            if (node instanceof Paragraph paragraph) {
                body(plainText(paragraph));
                return false;
            }
            return true;
        }

        private void heading(int level, String text) {
            if (level == 1 && title == null) {
                title = text;
            } else if (level <= 2) {
                drafts.add(new ChapterDraft(text));
            } else {
                body(text);
            }
        }

        private void body(String text) {
            if (text.isBlank()) {
                return;
            }
            if (drafts.isEmpty()) {
                drafts.add(new ChapterDraft(null));
            }
            drafts.get(drafts.size() - 1).paragraphs.add(splitter.split(text));
        }

        List<Chapter> chapters(String leafletTitle) {
            List<Chapter> chapters = new ArrayList<>();
            for (ChapterDraft draft : drafts) {
                String heading = draft.title == null ? leafletTitle : draft.title;
                chapters.add(draft.toChapter(chapters.size() + 1, heading));
            }
            return chapters;
        }
    }

    private static final class ChapterDraft {
        final String title;
        final List<List<String>> paragraphs = new ArrayList<>();

        ChapterDraft(String title) {
            this.title = title;
        }

        Chapter toChapter(int number, String heading) {
            List<Sentence> sentences = new ArrayList<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                for (String text : paragraphs.get(p)) {
                    sentences.add(new Sentence(sentences.size(), p, text));
                }
            }
            return new Chapter(number, heading, sentences);
        }
    }

    /** The visible text of a node: text and code spans, line breaks as spaces, markup dropped. */
    private static String plainText(Node node) throws ContentException {
        StringBuilder text = new StringBuilder();
        walk(node, child -> {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            }
            return true;
        });
        return text.toString().strip().replaceAll("\\s+", " ");
    }
}
