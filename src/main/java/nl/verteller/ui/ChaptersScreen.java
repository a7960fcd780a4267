package nl.verteller.ui;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nl.verteller.content.Chapter;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;

/** One large numbered button per chapter of the open leaflet. EDT only. */
final class ChaptersScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final Controls controls;
    private final Heading heading;
    private final JLabel hint = new JLabel();
    private final TileGrid buttons;
    private Leaflet shown;

    ChaptersScreen(Controls controls) {
        super(new BorderLayout());
        this.controls = controls;
        Sizes sizes = controls.sizes();
        heading = new Heading("chapters-heading", sizes);
        JPanel top = heading.over(hint, "chapters-hint", sizes);
        buttons = new TileGrid(sizes);
        add(top, BorderLayout.NORTH);
        add(buttons.component(), BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    @Override
    public void render(KioskState state, Texts texts) {
        hint.setText(texts.get(Voice.canSay(state) ? "chapters.hint" : "chapters.hintNoVoice"));
        buttons.render(texts);
        Leaflet now = state.leaflet().orElse(null);
        if (now == shown) {
            return;
        }
        shown = now;
        heading.setText(now == null ? "" : texts.format("chapters.heading", now.title()));
        List<String> titles = now == null ? List.of() : now.chapters().stream().map(Chapter::title).toList();
        buttons.show(controls, "chapter", titles, Command::chapter, 170);
    }
}
