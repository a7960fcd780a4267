package nl.verteller.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;
import nl.verteller.access.Dwell;
import nl.verteller.access.ScanTarget;
import nl.verteller.access.Scanner;
import nl.verteller.access.SwitchFilter;

/**
 * Switches and dwell on the real screen: switch keys (as USB switch interfaces send them) go
 * through a {@link SwitchFilter} to the {@link Scanner}; the pointer resting on a button drives
 * {@link Dwell}. Both end in a button's normal click, so they give the same commands as a touch.
 * EDT only.
 */
public final class AccessInput {
    private AccessInput() {
    }

    /** A button as a scan and dwell target. */
    record ButtonTarget(BigButton button) implements ScanTarget {
        @Override
        public void highlight(boolean on) {
            button.setScanHighlight(on);
        }

        @Override
        public void activate() {
            if (button.isShowing() && button.isEnabled()) {
                button.doClick(0);
            }
        }

        @Override
        public String id() {
            return button.getName();
        }

        @Override
        public String word() {
            return button.word();
        }
    }

    /**
     * Makes {@code keys} (as a USB switch interface sends them) a switch of this window: presses and
     * releases go to {@code filter} and are consumed, so they do nothing else. Other keys, and these
     * while {@code active} says no (scanning turned off), are left alone. Key codes are {@link KeyEvent} codes.
     */
    public static void installSwitch(Window window, Set<Integer> keys, BooleanSupplier active, SwitchFilter filter) {
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        KeyEventDispatcher dispatcher = event -> {
            if (!within(window, event.getComponent()) || !active.getAsBoolean()) {
                return false;
            }
            if (!keys.contains(event.getKeyCode())) {
                return keys.contains(charCode(event));
            }
            if (event.getID() == KeyEvent.KEY_PRESSED) {
                filter.down();
            } else if (event.getID() == KeyEvent.KEY_RELEASED) {
                filter.up();
            }
            return true;
        };
        focus.addKeyEventDispatcher(dispatcher);
        whenClosed(window, () -> focus.removeKeyEventDispatcher(dispatcher));
    }

    /**
     * Makes a mouse button (as a switch interface that emulates a mouse sends it) a switch of this
     * window while {@code active} says so. Meant for the middle or right button, which no kiosk button
     * reacts to, so the click does nothing else. Buttons are {@link MouseEvent} button numbers.
     */
    public static void installMouseSwitch(Window window, int mouseButton, BooleanSupplier active, SwitchFilter filter) {
        AWTEventListener listener = event -> {
            if (event instanceof MouseEvent mouse && mouse.getButton() == mouseButton && active.getAsBoolean()
                    && mouse.getSource() instanceof Component source && within(window, source)) {
                if (mouse.getID() == MouseEvent.MOUSE_PRESSED) {
                    filter.down();
                } else if (mouse.getID() == MouseEvent.MOUSE_RELEASED) {
                    filter.up();
                }
                mouse.consume();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.MOUSE_EVENT_MASK);
        whenClosed(window, () -> Toolkit.getDefaultToolkit().removeAWTEventListener(listener));
    }

    private static boolean within(Window window, Component component) {
        return component != null && (component == window || SwingUtilities.getWindowAncestor(component) == window);
    }

    private static void whenClosed(Window window, Runnable action) {
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                action.run();
            }
        });
    }

    /** A typed key has no key code; its character stands in, so a switch's Space does not also type. */
    private static int charCode(KeyEvent event) {
        return event.getID() == KeyEvent.KEY_TYPED ? KeyEvent.getExtendedKeyCodeForChar(event.getKeyChar()) : -1;
    }

    /** Makes resting the pointer on any kiosk button press it after the dwell time, while {@code active} says so. */
    public static void installDwell(Window window, BooleanSupplier active, Dwell dwell) {
        AWTEventListener listener = event -> {
            if (event.getSource() instanceof BigButton button && within(window, button) && active.getAsBoolean()) {
                if (event.getID() == MouseEvent.MOUSE_ENTERED) {
                    dwell.entered(new ButtonTarget(button));
                } else if (event.getID() == MouseEvent.MOUSE_EXITED) {
                    dwell.left(new ButtonTarget(button));
                }
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.MOUSE_EVENT_MASK);
        whenClosed(window, () -> Toolkit.getDefaultToolkit().removeAWTEventListener(listener));
    }

    /** Draws dwell progress on the button it concerns. */
    public static void showProgress(ScanTarget target, double fraction) {
        if (target instanceof ButtonTarget button) {
            button.button().setDwellProgress(fraction);
        }
    }
}
