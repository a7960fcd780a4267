package nl.verteller.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;

/**
 * Equal cells in one row when every button's whole word fits in its share of the width, else in as
 * few rows as it takes, as evenly filled as can be (ten buttons in a narrow window: two rows of five).
 * A button's word is never cut off to keep a row. The width to fit is the parent's parent's (the screen's), as
 * that is settled before the row is asked its height. EDT only.
 */
final class FittingRow implements LayoutManager {
    private final int gap;

    FittingRow(int gap) {
        this.gap = gap;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        int count = parent.getComponentCount();
        Dimension cell = largest(parent);
        int columns = columns(parent, count, widestWord(parent));
        int rows = rows(count, columns);
        Insets insets = parent.getInsets();
        return new Dimension(columns * cell.width + (columns - 1) * gap + insets.left + insets.right,
                rows * cell.height + (rows - 1) * gap + insets.top + insets.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return preferredLayoutSize(parent);
    }

    @Override
    public void layoutContainer(Container parent) {
        int count = parent.getComponentCount();
        if (count == 0) {
            return;
        }
        Insets insets = parent.getInsets();
        int columns = columns(parent, count, widestWord(parent));
        int rows = rows(count, columns);
        int width = parent.getWidth() - insets.left - insets.right;
        int height = parent.getHeight() - insets.top - insets.bottom;
        int cellWidth = (width - (columns - 1) * gap) / columns;
        int cellHeight = (height - (rows - 1) * gap) / rows;
        for (int i = 0; i < count; i++) {
            int row = i / columns;
            int column = i % columns;
            parent.getComponent(i).setBounds(insets.left + column * (cellWidth + gap),
                    insets.top + row * (cellHeight + gap), cellWidth, cellHeight);
        }
    }

    private static Dimension largest(Container parent) {
        Dimension largest = new Dimension(1, 1);
        for (Component component : parent.getComponents()) {
            Dimension preferred = component.getPreferredSize();
            largest.width = Math.max(largest.width, preferred.width);
            largest.height = Math.max(largest.height, preferred.height);
        }
        return largest;
    }

    /** The narrowest cell that shows every button's word whole. */
    private static int widestWord(Container parent) {
        int widest = 1;
        for (Component component : parent.getComponents()) {
            widest = Math.max(widest, component instanceof BigButton button ? button.wordWidth()
                    : component.getPreferredSize().width);
        }
        return widest;
    }

    private int columns(Container parent, int count, int cellWidth) {
        if (count == 0) {
            return 1;
        }
        int width = available(parent);
        int fit = width <= 0 ? count : Math.max(1, (width + gap) / (cellWidth + gap));
        int rows = rows(count, Math.min(count, fit));
        return (count + rows - 1) / rows;
    }

    private static int rows(int count, int columns) {
        return Math.max(1, (count + columns - 1) / columns);
    }

    private static int available(Container parent) {
        Container screen = parent.getParent();
        Insets own = parent.getInsets();
        if (screen == null || screen.getWidth() <= 0) {
            return parent.getWidth() - own.left - own.right;
        }
        Insets around = screen.getInsets();
        return screen.getWidth() - around.left - around.right - own.left - own.right;
    }

    @Override
    public void addLayoutComponent(String name, Component component) {
    }

    @Override
    public void removeLayoutComponent(Component component) {
    }
}
