package nl.verteller.ui;

import java.awt.AWTKeyStroke;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import nl.verteller.kiosk.Command;

/**
 * Keyboard input: arrows and Tab move focus, Enter and Space press the focused button (see
 * {@link BigButton}), digits open the numbered chapters or leaflet tiles (see {@link DigitEntry}),
 * {@code +} and {@code -} change the text size.
 * Turns keys into {@link Command}s, like every other input.
 */
final class KeyboardInput {
    private KeyboardInput() {
    }

    static void install(JRootPane root, Consumer<Command> commands, DigitEntry digits) {
        Set<AWTKeyStroke> forward = new HashSet<>(Set.of(key(KeyEvent.VK_TAB, 0), key(KeyEvent.VK_RIGHT, 0),
                key(KeyEvent.VK_DOWN, 0)));
        Set<AWTKeyStroke> backward = new HashSet<>(Set.of(key(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                key(KeyEvent.VK_LEFT, 0), key(KeyEvent.VK_UP, 0)));
        root.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, forward);
        root.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, backward);

        InputMap keys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (int n = 0; n <= 9; n++) {
            int digit = n;
            bind(root, keys, KeyStroke.getKeyStroke(KeyEvent.VK_0 + n, 0), "digit." + n, () -> digits.digit(digit));
            bind(root, keys, KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + n, 0), "digit." + n, () -> digits.digit(digit));
        }
        Command bigger = Command.of(Command.Kind.BIGGER_TEXT);
        Command smaller = Command.of(Command.Kind.SMALLER_TEXT);
        // Typed characters, so + works from the main keys and the number pad on any layout.
        bind(root, keys, KeyStroke.getKeyStroke('+'), bigger, commands);
        bind(root, keys, KeyStroke.getKeyStroke('-'), smaller, commands);
    }

    private static AWTKeyStroke key(int code, int modifiers) {
        return AWTKeyStroke.getAWTKeyStroke(code, modifiers);
    }

    private static void bind(JRootPane root, InputMap keys, KeyStroke stroke, Command command,
            Consumer<Command> commands) {
        bind(root, keys, stroke, command.token(), () -> commands.accept(command));
    }

    private static void bind(JRootPane root, InputMap keys, KeyStroke stroke, String what, Runnable action) {
        String name = "verteller." + what + "." + stroke;
        keys.put(stroke, name);
        root.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }
}
