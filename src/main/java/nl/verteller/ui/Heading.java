package nl.verteller.ui;

import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/** A screen's large heading. */
final class Heading extends JLabel {
    private static final long serialVersionUID = 1L;

    Heading(String name, Sizes sizes) {
        setName(name);
        setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 12));
        setBorder(BorderFactory.createEmptyBorder(sizes.gap() / 2, 0, sizes.gap() / 2, 0));
    }
}
