package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.IntFunction;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import nl.verteller.kiosk.Command;

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

    /**
     * Shows a numbered tile per word: tile n is named {@code prefix-n}, shows n as its picture and
     * sends {@code command.apply(n)}.
     */
    void show(Controls controls, String prefix, List<String> words, IntFunction<Command> command, int designHeight) {
        Sizes sizes = controls.sizes();
        grid.removeAll();
        for (int n = 1; n <= words.size(); n++) {
            BigButton tile = controls.wide(prefix + "-" + n, Integer.toString(n), command.apply(n),
                    new Dimension(sizes.scaled(800), sizes.scaled(designHeight)));
            tile.setWord(words.get(n - 1));
            grid.add(tile);
        }
        grid.revalidate();
        grid.repaint();
    }
}
