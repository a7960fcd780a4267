package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A screen's large heading. */
final class Heading extends JLabel {
    private static final long serialVersionUID = 1L;

    Heading(String name, Sizes sizes) {
        PlainText.of(this);
        setName(name);
        setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 12));
        setBorder(BorderFactory.createEmptyBorder(sizes.gap() / 2, 0, sizes.gap() / 2, 0));
    }

    /** The top of a screen: this heading over a one-line hint in label type, named {@code hintName}. */
    JPanel over(JLabel hint, String hintName, Sizes sizes) {
        hint.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label()));
        hint.setName(hintName);
        JPanel top = new JPanel(new BorderLayout());
        top.add(this, BorderLayout.NORTH);
        top.add(hint, BorderLayout.SOUTH);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, sizes.gap(), 0));
        return top;
    }
}
