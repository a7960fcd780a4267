package nl.verteller.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
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
 */
public final class LeafletParser {
    private final Parser parser = Parser.builder().build();

    /**
     * Parses one leaflet.
     *
     * @throws ContentException when the file has no {@code ##} chapter and no text at all
     */
    public Leaflet parse(String id, Language language, String markdown) throws ContentException {
        Collector collector = new Collector(SentenceSplitter.forLanguage(language));
        parser.parse(markdown).accept(collector);
        String title = collector.title == null ? id : collector.title;
        List<Chapter> chapters = collector.chapters(title);
        if (chapters.isEmpty()) {
            throw new ContentException("no chapter: start each chapter with a line \"## Title\"");
        }
        return new Leaflet(id, language, title, chapters);
    }

    /** Walks the Markdown tree once, collecting headings and paragraphs in document order. */
    private static final class Collector extends AbstractVisitor {
        private final SentenceSplitter splitter;
        private final List<ChapterDraft> drafts = new ArrayList<>();
        private String title;

        Collector(SentenceSplitter splitter) {
            this.splitter = splitter;
        }

        @Override
        public void visit(Heading heading) {
            String text = plainText(heading);
            if (heading.getLevel() == 1 && title == null) {
                title = text;
            } else if (heading.getLevel() <= 2) {
                drafts.add(new ChapterDraft(text));
            } else {
                body(text);
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            body(plainText(paragraph));
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
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString().strip().replaceAll("\\s+", " ");
    }
}
