package nl.verteller.ui;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Set;
import nl.verteller.access.PausableTrigger;

/**
 * Keys as a switch of one window (as USB switch interfaces send them, or the talk key): while running,
 * their presses and releases go to the signals and are consumed, so they do nothing else; paused,
 * they are ordinary keys again. Key codes are {@link KeyEvent} codes. EDT only.
 */
public final class SwitchKeys extends PausableTrigger {
    private final Window window;
    private final Set<Integer> keys;
    private final Signals signals;

    private SwitchKeys(Window window, Set<Integer> keys, Signals signals) {
        this.window = window;
        this.keys = keys;
        this.signals = signals;
    }

    /** Listens to {@code keys} on {@code window} until it closes; paused until the input service runs it. */
    public static SwitchKeys on(Window window, Set<Integer> keys, Signals signals) {
        SwitchKeys trigger = new SwitchKeys(window, keys, signals);
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        KeyEventDispatcher dispatcher = trigger::dispatch;
        focus.addKeyEventDispatcher(dispatcher);
        AccessInput.whenClosed(window, () -> focus.removeKeyEventDispatcher(dispatcher));
        return trigger;
    }

    private boolean dispatch(KeyEvent event) {
        if (!running() || !AccessInput.within(window, event.getComponent())) {
            return false;
        }
        if (!keys.contains(event.getKeyCode())) {
            return keys.contains(charCode(event));
        }
        if (event.getID() == KeyEvent.KEY_PRESSED) {
            signals.down();
        } else if (event.getID() == KeyEvent.KEY_RELEASED) {
            signals.up();
        }
        return true;
    }

    /** A typed key has no key code; its character stands in, so a switch's Space does not also type. */
    private static int charCode(KeyEvent event) {
        return event.getID() == KeyEvent.KEY_TYPED ? KeyEvent.getExtendedKeyCodeForChar(event.getKeyChar()) : -1;
    }
}
