package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import nl.verteller.content.Leaflet;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;

/** The leaflets of the current language as large tiles. EDT only. */
final class HomeScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;

    private final Controls controls;
    private final java.util.function.Supplier<List<Leaflet>> leaflets;
    private final Heading heading;
    private final JPanel tiles;
    private List<Leaflet> shown;

    HomeScreen(Controls controls, java.util.function.Supplier<List<Leaflet>> leaflets) {
        super(new BorderLayout());
        this.controls = controls;
        this.leaflets = leaflets;
        Sizes sizes = controls.sizes();
        heading = new Heading("home-heading", sizes);
        tiles = new JPanel(new GridLayout(0, 2, sizes.gap(), sizes.gap()));
        JPanel keepHeight = new JPanel(new BorderLayout());
        keepHeight.add(tiles, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(keepHeight);
        scroll.setBorder(null);
        add(heading, BorderLayout.NORTH);
        add(scroll, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    @Override
    public void render(KioskState state, Texts texts) {
        heading.setText(texts.get("home.heading"));
        List<Leaflet> now = leaflets.get();
        if (Objects.equals(now, shown)) {
            return;
        }
        shown = now;
        tiles.removeAll();
        Sizes sizes = controls.sizes();
        for (int i = 0; i < now.size(); i++) {
            BigButton tile = controls.wide("leaflet-" + (i + 1), Integer.toString(i + 1), Command.leaflet(i + 1),
                    new Dimension(sizes.scaled(800), sizes.scaled(200)));
            tile.setWord(now.get(i).title());
            tiles.add(tile);
        }
        tiles.revalidate();
        tiles.repaint();
    }
}
