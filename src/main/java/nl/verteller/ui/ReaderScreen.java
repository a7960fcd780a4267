package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import nl.verteller.content.Chapter;
import nl.verteller.content.Leaflet;
import nl.verteller.content.Sentence;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskController;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;
import nl.verteller.ui.theme.Theme;

/**
 * One chapter in large type, the sentence being read highlighted and kept in view, and the control
 * bar. The Read/Pause button shows what it will do: "Read" while paused, "Pause" while reading.
 * EDT only.
 */
final class ReaderScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final Heading heading;
    private final JLabel position = new JLabel();
    private final ReadingText text = new ReadingText("reader-text");
    private final BigButton readPause;
    private final List<BigButton> bar = new ArrayList<>();
    private final Controls controls;
    private Shown shownKey;
    private int shownSentence = -1;

    ReaderScreen(Controls controls) {
        super(new BorderLayout());
        this.controls = controls;
        Sizes sizes = controls.sizes();
        // The whole title here: the tiles may have cut it.
        heading = new Heading("reader-heading", sizes, Integer.MAX_VALUE);
        position.setName("reader-position");
        position.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label()));
        position.setBackground(Theme.color("Verteller.noticeBackground"));
        position.setBorder(BorderFactory.createEmptyBorder(sizes.gap() / 4, sizes.gap() / 2, sizes.gap() / 4,
                sizes.gap() / 2));
        readPause = controls.button("read-pause", Glyph.READ, () -> Command.of(isReading() ? Kind.PAUSE : Kind.READ));
        bar.add(readPause);
        bar.add(controls.button("previous-chapter", Glyph.PREVIOUS, Command.of(Kind.PREVIOUS_CHAPTER)));
        bar.add(controls.button("next-chapter", Glyph.NEXT, Command.of(Kind.NEXT_CHAPTER)));
        bar.add(controls.button("repeat", Glyph.REPEAT, Command.of(Kind.REPEAT)));
        bar.add(controls.button("slower", Glyph.SLOWER, Command.of(Kind.SLOWER)));
        bar.add(controls.button("faster", Glyph.FASTER, Command.of(Kind.FASTER)));
        bar.add(controls.button("softer", Glyph.SOFTER, Command.of(Kind.SOFTER)));
        bar.add(controls.button("louder", Glyph.LOUDER, Command.of(Kind.LOUDER)));
        bar.add(controls.button("smaller-text", Glyph.SMALLER_TEXT, Command.of(Kind.SMALLER_TEXT)));
        bar.add(controls.button("bigger-text", Glyph.BIGGER_TEXT, Command.of(Kind.BIGGER_TEXT)));

        JPanel top = new JPanel(new BorderLayout(sizes.gap() * 2, 0));
        top.add(heading, BorderLayout.CENTER);
        top.add(position, BorderLayout.EAST);
        JScrollPane scroll = text.scrolling(sizes.gap());
        JPanel controlBar = new JPanel(new FittingRow(sizes.gap()));
        controlBar.setName("control-bar");
        bar.forEach(controlBar::add);
        controlBar.setBorder(BorderFactory.createEmptyBorder(sizes.gap(), 0, 0, 0));
        add(top, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        add(controlBar, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    private boolean isReading() {
        return Boolean.TRUE.equals(readPause.getClientProperty("verteller.reading"));
    }

    /** The buttons of the control bar, in order: the reader's scanning group. */
    List<BigButton> controlBar() {
        return List.copyOf(bar);
    }

    BigButton readPauseButton() {
        return readPause;
    }

    @Override
    public void render(KioskState state, Texts texts) {
        labelButtons(state, texts);
        Optional<Leaflet> leaflet = state.leaflet();
        Optional<Chapter> chapter = leaflet.filter(l -> state.chapter() >= 1 && state.chapter() <= l.chapters().size())
                .map(l -> l.chapter(state.chapter()));
        if (chapter.isEmpty()) {
            return;
        }
        // The leaflet itself, not its id: edited content is another leaflet with the same id.
        Shown key = new Shown(leaflet.get(), state.chapter(), state.textSize());
        if (!key.equals(shownKey)) {
            shownKey = key;
            shownSentence = -1;
            heading.setText(chapter.get().number() + ". " + chapter.get().title());
            // The heading grows with the text the patient chose, always a step above it.
            heading.setFont(heading.getFont().deriveFont((float) Math.max(controls.sizes().label() + 12,
                    state.textSize() + 8)));
            text.show(paragraphs(chapter.get(), texts), state.textSize());
        }
        int count = chapter.get().sentences().size();
        boolean moved = state.sentence() != shownSentence;
        shownSentence = state.sentence();
        text.highlight(count == 0 ? -1 : state.sentence(), state.wordStart(), state.wordEnd(), moved);
        boolean finished = state.sentence() >= count;
        boolean paused = count > 0 && !finished && !state.reading();
        position.setText(count == 0 ? "" : finished ? texts.get(Voice.canSay(state) ? "reader.finished"
                : "reader.finishedNoVoice") : texts.format(paused ? "reader.paused" : "reader.sentence",
                        state.sentence() + 1, count));
        // Paused is a state to see at a glance, not only a word on the Read button.
        position.setOpaque(paused);
    }

    private void labelButtons(KioskState state, Texts texts) {
        readPause.putClientProperty("verteller.reading", state.reading());
        readPause.setIcon((state.reading() ? Glyph.PAUSE : Glyph.READ).icon(controls.sizes().scaled(48)));
        readPause.setWord(texts.get(state.reading() ? "button.pause" : "button.read"));
        String[] keys = {null, "button.previousChapter", "button.nextChapter", "button.repeat", "button.slower",
            "button.faster", "button.softer", "button.louder", "button.smallerText", "button.biggerText"};
        for (int i = 1; i < keys.length; i++) {
            bar.get(i).setWord(texts.get(keys[i]));
        }
        // At the end of a range the button that goes further is disabled: nothing happening would look broken.
        bar.get(4).setEnabled(state.rateStep() > 1);
        bar.get(5).setEnabled(state.rateStep() < 5);
        bar.get(6).setEnabled(state.volumeStep() > 1);
        bar.get(7).setEnabled(state.volumeStep() < 5);
        bar.get(8).setEnabled(state.textSize() > KioskController.MIN_TEXT);
        bar.get(9).setEnabled(state.textSize() < KioskController.MAX_TEXT);
    }

    private static List<List<String>> paragraphs(Chapter chapter, Texts texts) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (Sentence sentence : chapter.sentences()) {
            if (sentence.paragraph() >= paragraphs.size()) {
                paragraphs.add(new ArrayList<>());
            }
            paragraphs.get(sentence.paragraph()).add(sentence.text());
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(List.of(texts.get("reader.empty")));
        }
        return paragraphs;
    }

    /** The sentence marked as being read, as a user sees it; null when none. */
    String markedSentence() {
        return text.markedSentence();
    }

    String markedWord() {
        return text.markedWord();
    }

    /** What the text shows: the leaflet (by value, cheap when it is the same object), chapter and text size. */
    private record Shown(Leaflet leaflet, int chapter, int textSize) {
    }
}
