package nl.verteller.ui;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;

/** What you can say and do, in plain words, at the patient's text size. EDT only. */
final class HelpScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final Heading heading;
    private final ReadingText body = new ReadingText("help-body");
    private String shownText;
    private int shownSize;

    HelpScreen(Sizes sizes) {
        super(new BorderLayout());
        heading = new Heading("help-heading", sizes);
        JScrollPane scroll = body.scrolling(0);
        add(heading, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    @Override
    public void render(KioskState state, Texts texts) {
        heading.setText(texts.get("help.heading"));
        String text = texts.get("help.body");
        if (!text.equals(shownText) || state.textSize() != shownSize) {
            shownText = text;
            shownSize = state.textSize();
            List<List<String>> paragraphs = texts.paragraphs("help.body").stream().map(List::of).toList();
            body.show(paragraphs, state.textSize());
        }
    }
}
