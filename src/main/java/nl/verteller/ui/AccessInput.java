package nl.verteller.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.SwingUtilities;
import nl.verteller.access.Dwell;
import nl.verteller.access.ScanTarget;

/**
 * Buttons as scan and dwell targets, and the pointer that drives {@link Dwell}. Switch presses
 * ({@link SwitchKeys}, {@link MouseSwitch}) go through a switch filter to the scanner; scanning and
 * dwell both end in a button's normal click, so they give the same commands as a touch. EDT only.
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

    static boolean within(Window window, Component component) {
        return component != null && (component == window || SwingUtilities.getWindowAncestor(component) == window);
    }

    static void whenClosed(Window window, Runnable action) {
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                action.run();
            }
        });
    }

    /** Tells {@code dwell} where the pointer rests: on which kiosk button of {@code window}, if any. */
    public static void followPointer(Window window, Dwell dwell) {
        AWTEventListener listener = event -> {
            if (event.getSource() instanceof BigButton button && within(window, button)) {
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
