package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.UIManager;
import nl.verteller.kiosk.PinAttempts;
import nl.verteller.kiosk.StaffPin;
import nl.verteller.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks staff for the PIN: a large field that has the focus (typed digits go there), a keypad for a
 * touch screen, and a line that says what happened (wrong PIN, wait, locked). Stays open after a
 * wrong PIN; closes on the right one or on Cancel. Modal. EDT only.
 */
final class PinDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PinDialog.class);
    private static final int KEY_SIZE = 96;

    private final transient StaffPin pin;
    private final transient PinAttempts attempts;
    private final transient Texts texts;
    private final JPasswordField field = new JPasswordField(8);
    private final JLabel message = new JLabel(" ", SwingConstants.CENTER);
    private final JButton ok;
    private final Timer countdown = new Timer(1000, event -> showWait());
    private boolean opened;

    PinDialog(JFrame owner, StaffPin pin, PinAttempts attempts, Texts texts) {
        super(owner, texts.get("admin.title"), true);
        this.pin = pin;
        this.attempts = attempts;
        this.texts = texts;
        setName("admin-pin-dialog");
        setUndecorated(true);
        field.setName("admin-pin");
        field.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        field.setHorizontalAlignment(SwingConstants.CENTER);
        field.addActionListener(event -> submit());
        message.setName("admin-pin-message");
        message.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        ok = key("admin-pin-ok", texts.get("admin.ok"), this::submit);

        JLabel title = new JLabel(texts.get("admin.title"), SwingConstants.CENTER);
        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        JPanel top = new JPanel(new BorderLayout(0, 12));
        top.add(title, BorderLayout.NORTH);
        top.add(field, BorderLayout.CENTER);
        top.add(message, BorderLayout.SOUTH);

        JPanel root = new JPanel(new BorderLayout(0, 16));
        // Undecorated over a full-screen kiosk: a heavy frame sets it apart from the screen behind.
        root.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Label.foreground"), 4),
                BorderFactory.createEmptyBorder(24, 24, 24, 24)));
        root.add(top, BorderLayout.NORTH);
        root.add(keypad(), BorderLayout.CENTER);
        setContentPane(root);
        PlainText.everywhere(root);
        countdown.setRepeats(true);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                field.requestFocusInWindow();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                countdown.stop();
            }
        });
        pack();
        setLocationRelativeTo(owner);
        pin.lockedBecause().ifPresentOrElse(reason -> say("admin.locked"), this::showWait);
    }

    /** Shows the dialog until it is answered; whether the right PIN was given. */
    boolean ask() {
        setVisible(true);
        return opened;
    }

    private JPanel keypad() {
        JPanel keys = new JPanel(new GridLayout(4, 3, 12, 12));
        for (String digit : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(key("admin-pin-" + digit, digit, () -> type(digit)));
        }
        keys.add(key("admin-pin-cancel", texts.get("admin.cancel"), this::dispose));
        keys.add(key("admin-pin-0", "0", () -> type("0")));
        keys.add(ok);
        return keys;
    }

    private JButton key(String name, String label, Runnable action) {
        JButton key = new JButton(label);
        key.setName(name);
        key.setFont(new Font(Font.SANS_SERIF, Font.BOLD, label.length() > 2 ? 24 : 32));
        key.setPreferredSize(new Dimension(KEY_SIZE * 2, KEY_SIZE));
        key.setFocusable(false);
        key.addActionListener(event -> action.run());
        return key;
    }

    private void type(String digit) {
        field.replaceSelection(digit);
        field.requestFocusInWindow();
    }

    private void submit() {
        char[] typed = field.getPassword();
        try {
            if (attempts.waitMillis() > 0) {
                showWait();
            } else if (attempts.tryPin(pin, typed)) {
                opened = true;
                dispose();
            } else {
                LOG.warn("Staff exit refused: wrong PIN");
                field.setText("");
                if (pin.lockedBecause().isPresent()) {
                    say("admin.locked");
                } else if (!showWait()) {
                    say("admin.wrong");
                }
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** Says how long to wait before the next try, if at all; whether there is a wait. */
    private boolean showWait() {
        long seconds = (attempts.waitMillis() + 999) / 1000;
        boolean waiting = seconds > 0;
        ok.setEnabled(!waiting);
        if (waiting) {
            message.setText(texts.format("admin.wait", seconds));
            countdown.start();
        } else if (countdown.isRunning()) {
            countdown.stop();
            message.setText(" ");
        }
        return waiting;
    }

    private void say(String key) {
        message.setText(texts.get(key));
    }
}
