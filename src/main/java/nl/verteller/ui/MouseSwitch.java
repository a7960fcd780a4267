package nl.verteller.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import nl.verteller.access.PausableTrigger;

/**
 * A mouse button as a switch of one window (as a switch interface that emulates a mouse sends it).
 * Meant for the middle or right button, which no kiosk button reacts to, so the click does nothing
 * else. Buttons are {@link MouseEvent} button numbers. EDT only.
 */
public final class MouseSwitch extends PausableTrigger {
    private final Window window;
    private final int button;
    private final Signals signals;

    private MouseSwitch(Window window, int button, Signals signals) {
        this.window = window;
        this.button = button;
        this.signals = signals;
    }

    /** Listens to {@code button} on {@code window} until it closes; paused until the input service runs it. */
    public static MouseSwitch on(Window window, int button, Signals signals) {
        MouseSwitch trigger = new MouseSwitch(window, button, signals);
        AWTEventListener listener = trigger::dispatch;
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.MOUSE_EVENT_MASK);
        AccessInput.whenClosed(window, () -> Toolkit.getDefaultToolkit().removeAWTEventListener(listener));
        return trigger;
    }

    private void dispatch(AWTEvent event) {
        if (event instanceof MouseEvent mouse && mouse.getButton() == button && running()
                && mouse.getSource() instanceof Component source && AccessInput.within(window, source)) {
            if (mouse.getID() == MouseEvent.MOUSE_PRESSED) {
                signals.down();
            } else if (mouse.getID() == MouseEvent.MOUSE_RELEASED) {
                signals.up();
            }
            mouse.consume();
        }
    }
}
