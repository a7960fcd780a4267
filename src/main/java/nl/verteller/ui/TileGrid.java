package nl.verteller.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.swing.JPanel;
import nl.verteller.kiosk.Command;
import nl.verteller.text.Texts;

/**
 * Large numbered buttons two to a row, in pages that fit the space given: never a scrollbar, never
 * wider than the screen. When not all fit, the last place of each page is a large "more" button that
 * shows the next page (after the last, the first again), as Grid 3 does; it is a button like any
 * other, so touch, keys, switches and dwell reach it. Titles wrap onto up to three lines. The page is
 * this view's own, like a scroll position: it changes what is shown, not the kiosk's state. EDT only.
 */
final class TileGrid {
    private final JPanel grid;
    private final List<BigButton> tiles = new ArrayList<>();
    private final Sizes sizes;
    private BigButton more;
    private int page;
    private int tileHeight;
    private Texts texts;

    TileGrid(Sizes sizes) {
        this.sizes = sizes;
        grid = new JPanel(new Pages());
    }

    JPanel component() {
        return grid;
    }

    /**
     * Shows a numbered tile per word: tile n is named {@code prefix-n}, shows n as its picture and
     * sends {@code command.apply(n)}. Starts at the first page.
     */
    void show(Controls controls, String prefix, List<String> words, IntFunction<Command> command, int designHeight) {
        grid.removeAll();
        tiles.clear();
        page = 0;
        tileHeight = Math.max(sizes.target(), sizes.scaled(designHeight));
        Dimension size = new Dimension(sizes.scaled(800), tileHeight);
        for (int n = 1; n <= words.size(); n++) {
            BigButton tile = controls.wide(prefix + "-" + n, Integer.toString(n), command.apply(n), size);
            tile.setWord(words.get(n - 1));
            tiles.add(tile);
            grid.add(tile);
        }
        more = controls.more(prefix + "-more", size, this::nextPage);
        grid.add(more);
        PlainText.everywhere(grid);
        grid.revalidate();
        grid.repaint();
    }

    /** The language of the "more" button's word. */
    void render(Texts now) {
        if (now != texts) {
            texts = now;
            grid.revalidate();
        }
    }

    /** At once, not later: switch scanning starts again on the new page right after this press. */
    private void nextPage() {
        page++;
        grid.invalidate();
        grid.validate();
        grid.repaint();
    }

    /** Lays out the page that fits; hides the tiles of other pages. */
    private final class Pages implements LayoutManager {
        @Override
        public void layoutContainer(Container parent) {
            if (tiles.isEmpty()) {
                return;
            }
            Insets in = parent.getInsets();
            int gap = sizes.gap();
            int width = (parent.getWidth() - in.left - in.right - gap) / 2;
            int rows = Math.max(1, (parent.getHeight() - in.top - in.bottom + gap) / (tileHeight + gap));
            int places = rows * 2;
            boolean paged = tiles.size() > places;
            int perPage = paged ? Math.max(1, places - 1) : tiles.size();
            int pages = (tiles.size() + perPage - 1) / perPage;
            page = Math.floorMod(page, pages);
            int firstShown = page * perPage;
            for (int i = 0; i < tiles.size(); i++) {
                int place = i - firstShown;
                boolean shown = place >= 0 && place < perPage;
                show(tiles.get(i), shown);
                if (shown) {
                    put(tiles.get(i), place, in, width, gap);
                }
            }
            show(more, paged);
            if (paged) {
                more.setWord(texts == null ? "" : texts.format("tiles.more", page + 1, pages));
                put(more, Math.min(perPage, tiles.size() - firstShown), in, width, gap);
            }
        }

        private void put(Component tile, int place, Insets in, int width, int gap) {
            tile.setBounds(in.left + (place % 2) * (width + gap), in.top + (place / 2) * (tileHeight + gap), width,
                    tileHeight);
        }

        private void show(Component tile, boolean shown) {
            if (tile.isVisible() != shown) {
                tile.setVisible(shown);
            }
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            // As small as one row: the screen gives the rest, and the pages follow from it.
            return minimumLayoutSize(parent);
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(sizes.target() * 2, tileHeight);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
            // Places follow from the order of the tiles.
        }

        @Override
        public void removeLayoutComponent(Component comp) {
            // Places follow from the order of the tiles.
        }
    }
}
