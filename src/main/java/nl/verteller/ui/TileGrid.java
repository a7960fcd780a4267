package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * Large buttons two to a row, at their own height (a short list does not stretch them across the
 * screen), scrolling when there are many. EDT only.
 */
final class TileGrid {
    private final JPanel grid;
    private final JScrollPane scroll;

    TileGrid(Sizes sizes) {
        grid = new JPanel(new GridLayout(0, 2, sizes.gap(), sizes.gap()));
        JPanel keepHeight = new JPanel(new BorderLayout());
        keepHeight.add(grid, BorderLayout.NORTH);
        scroll = new JScrollPane(keepHeight);
        scroll.setBorder(null);
    }

    JScrollPane component() {
        return scroll;
    }

    void show(List<BigButton> buttons) {
        grid.removeAll();
        buttons.forEach(grid::add);
        grid.revalidate();
        grid.repaint();
    }
}
