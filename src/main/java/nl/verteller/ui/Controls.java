package nl.verteller.ui;

import java.awt.Dimension;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.Icon;
import nl.verteller.kiosk.Command;
import nl.verteller.ui.theme.Theme;

/**
 * Makes the kiosk's buttons at the window's sizes, each sending one {@link Command}: the only way a
 * button changes anything.
 */
final class Controls {
    private final Sizes sizes;
    private final Consumer<Command> commands;

    Controls(Sizes sizes, Consumer<Command> commands) {
        this.sizes = sizes;
        this.commands = commands;
    }

    Sizes sizes() {
        return sizes;
    }

    /** A square-ish button with the picture above the word. */
    BigButton button(String name, Glyph glyph, Command command) {
        return button(name, glyph, () -> command);
    }

    /** A button whose command depends on what is shown, such as Read/Pause. */
    BigButton button(String name, Glyph glyph, Supplier<Command> command) {
        return button(name, glyph.icon(sizes.scaled(48)), command, buttonSize());
    }

    /** The size of an ordinary button, for {@link #marked} buttons that stand among them. */
    Dimension buttonSize() {
        return new Dimension(sizes.scaled(176), sizes.target());
    }

    /** A button with a short text (such as {@code NL}) as its picture, above the word. */
    BigButton marked(String name, String mark, Command command, Dimension size) {
        return marked(name, mark, () -> command, size);
    }

    /** A {@link #marked} button whose command and mark depend on what is shown (a list in pages). */
    BigButton marked(String name, String mark, Supplier<Command> command, Dimension size) {
        return button(name, mark(mark), command, size);
    }

    /** The picture of a {@link #marked} button. */
    Icon mark(String mark) {
        return Glyph.text(mark, sizes.scaled(48));
    }

    private BigButton button(String name, Icon icon, Supplier<Command> command, Dimension size) {
        BigButton button = new BigButton(name, icon, "", size, sizes.label(), focusWidth());
        button.addActionListener(e -> commands.accept(command.get()));
        return button;
    }

    /** A wide button with a short text (a number) as picture and the word beside it. */
    BigButton wide(String name, String mark, Command command, Dimension size) {
        BigButton button = new BigButton(name, Glyph.text(mark, sizes.scaled(64)), "", size, sizes.label() + 4,
                focusWidth()).beside();
        button.addActionListener(e -> commands.accept(command));
        return button;
    }

    /**
     * The "more" button of a list in pages: it shows the next page, which is the view's own business,
     * so it sends no command (as scrolling would not).
     */
    BigButton more(String name, Dimension size, Runnable nextPage) {
        BigButton button = new BigButton(name, Glyph.text("…", sizes.scaled(64)), "", size, sizes.label() + 4,
                focusWidth()).beside();
        button.addActionListener(e -> nextPage.run());
        return button;
    }

    private int focusWidth() {
        return Math.max(6, sizes.scaled(Theme.integer("Verteller.focusWidth")));
    }
}
