package nl.verteller.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import nl.verteller.kiosk.PinAttempts;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff's way out of the locked-down kiosk: Ctrl+Alt+Shift+Q, then the PIN (when one is
 * configured) on a {@link PinDialog}. Closing keys and the window's close button do nothing in kiosk
 * mode. A locked PIN ({@link StaffPin}) asks for a PIN that nothing opens. EDT only.
 */
final class AdminExit {
    /** The documented key chord. */
    static final KeyStroke CHORD = KeyStroke.getKeyStroke(KeyEvent.VK_Q,
            InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
    private static final Logger LOG = LoggerFactory.getLogger(AdminExit.class);

    private AdminExit() {
    }

    /**
     * @param texts the words of the screen's language now
     */
    static void install(JFrame frame, StaffPin pin, Supplier<Texts> texts) {
        pin.lockedBecause().ifPresent(reason -> LOG.warn("Staff exit locked: {}", reason));
        PinAttempts attempts = new PinAttempts(System::currentTimeMillis);
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(CHORD, "verteller.admin-exit");
        frame.getRootPane().getActionMap().put("verteller.admin-exit", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (pin.isNone() || new PinDialog(frame, pin, attempts, texts.get()).ask()) {
                    LOG.info("Admin exit");
                    frame.dispose();
                } else {
                    frame.toFront();
                    frame.requestFocus();
                }
            }
        });
    }
}
