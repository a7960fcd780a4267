package nl.verteller.ui;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.text.Texts;

/** The leaflets of the current language as large tiles. EDT only. */
final class HomeScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final Controls controls;
    private final Heading heading;
    private final TileGrid tiles;
    private List<Leaflet> shown;

    HomeScreen(Controls controls) {
        super(new BorderLayout());
        this.controls = controls;
        Sizes sizes = controls.sizes();
        heading = new Heading("home-heading", sizes);
        tiles = new TileGrid(sizes);
        add(heading, BorderLayout.NORTH);
        add(tiles.component(), BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    @Override
    public void render(KioskState state, Texts texts) {
        heading.setText(texts.get("home.heading"));
        tiles.render(texts);
        List<Leaflet> now = state.leaflets();
        if (Objects.equals(now, shown)) {
            return;
        }
        shown = now;
        tiles.show(controls, "leaflet", now.stream().map(Leaflet::title).toList(), Command::leaflet, 200);
    }
}
