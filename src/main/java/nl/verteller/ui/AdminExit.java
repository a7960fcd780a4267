package nl.verteller.ui;

import java.awt.Font;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;
import javax.swing.KeyStroke;
import nl.verteller.kiosk.AdminPin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff's way out of the locked-down kiosk: Ctrl+Alt+Shift+Q, then the PIN (when one is
 * configured). Closing keys and the window's close button do nothing in kiosk mode. EDT only.
 */
final class AdminExit {
    /** The documented key chord. */
    static final KeyStroke CHORD = KeyStroke.getKeyStroke(KeyEvent.VK_Q,
            InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
    private static final Logger LOG = LoggerFactory.getLogger(AdminExit.class);

    private AdminExit() {
    }

    /** @param pinHash the configured hash, or empty for no PIN (the chord alone then leaves) */
    static void install(JFrame frame, String pinHash) {
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(CHORD, "verteller.admin-exit");
        frame.getRootPane().getActionMap().put("verteller.admin-exit", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (pinHash.isBlank() || AdminPin.matches(askPin(frame), pinHash)) {
                    LOG.info("Admin exit");
                    frame.dispose();
                } else {
                    LOG.warn("Admin exit refused: wrong PIN");
                    frame.toFront();
                    frame.requestFocus();
                }
            }
        });
    }

    private static String askPin(JFrame frame) {
        JPasswordField field = new JPasswordField(8);
        field.setName("admin-pin");
        field.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        int answer = JOptionPane.showConfirmDialog(frame, field, "PIN", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        return answer == JOptionPane.OK_OPTION ? new String(field.getPassword()) : "";
    }
}
