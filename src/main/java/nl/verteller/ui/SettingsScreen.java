package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nl.verteller.kiosk.Command;
import nl.verteller.kiosk.KioskState;
import nl.verteller.kiosk.Setting;

/**
 * The settings: scan speed, dwell time, text size and reading speed on the left, each with a button
 * down and up; the input methods on the right, one button per choice with the current one marked.
 * Every button sends a command like any other, so voice, switches, dwell, touch and keys all work
 * here. Each row is a group for switch scanning. EDT only.
 */
final class SettingsScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;
    private static final Glyph[] SCAN_GLYPHS = {Glyph.OFF, Glyph.ONE_SWITCH, Glyph.TWO_SWITCHES};

    private final Heading heading;
    private final JLabel hint = new JLabel();
    private final Map<Setting, JLabel> names = new EnumMap<>(Setting.class);
    private final Map<Setting, JLabel> values = new EnumMap<>(Setting.class);
    private final Map<Setting, List<BigButton>> buttons = new EnumMap<>(Setting.class);

    SettingsScreen(Controls controls) {
        super(new BorderLayout());
        Sizes sizes = controls.sizes();
        heading = new Heading("settings-heading", sizes);
        hint.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label()));
        hint.setName("settings-hint");
        JPanel top = new JPanel(new BorderLayout());
        top.add(heading, BorderLayout.NORTH);
        top.add(hint, BorderLayout.SOUTH);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, sizes.gap(), 0));

        JPanel grid = new JPanel(new GridBagLayout());
        for (Setting setting : Setting.values()) {
            buttons.put(setting, setting.isChoice() ? choices(controls, setting) : steps(controls, setting));
            int column = setting.isChoice() ? 1 : 0;
            int row = setting.ordinal() % 4;
            grid.add(label(setting, sizes), at(column * 2, row, sizes, GridBagConstraints.WEST));
            grid.add(TopBar.row(sizes, buttons.get(setting).toArray(BigButton[]::new)),
                    at(column * 2 + 1, row, sizes, GridBagConstraints.WEST));
        }
        add(top, BorderLayout.NORTH);
        add(grid, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    private static List<BigButton> steps(Controls controls, Setting setting) {
        // Down, then up. A shorter scan or dwell time is faster; a lower voice step is slower.
        Glyph down = switch (setting) {
            case TEXT_SIZE -> Glyph.SMALLER_TEXT;
            case VOICE_SPEED -> Glyph.SLOWER;
            default -> Glyph.FASTER;
        };
        Glyph up = switch (setting) {
            case TEXT_SIZE -> Glyph.BIGGER_TEXT;
            case VOICE_SPEED -> Glyph.FASTER;
            default -> Glyph.SLOWER;
        };
        String name = "setting-" + setting.name().toLowerCase(Locale.ROOT);
        return List.of(controls.button(name + "-down", down, Command.step(setting, -1)),
                controls.button(name + "-up", up, Command.step(setting, +1)));
    }

    private static List<BigButton> choices(Controls controls, Setting setting) {
        List<BigButton> choices = new ArrayList<>();
        String name = "setting-" + setting.name().toLowerCase(Locale.ROOT);
        for (int value = setting.lowest(); value <= setting.highest(); value++) {
            Glyph glyph = setting == Setting.SCANNING ? SCAN_GLYPHS[value] : value == 0 ? Glyph.OFF : Glyph.ON;
            choices.add(controls.button(name + "-" + value, glyph, Command.set(setting, value)));
        }
        return choices;
    }

    private JPanel label(Setting setting, Sizes sizes) {
        JLabel name = new JLabel();
        name.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 2));
        JLabel value = new JLabel();
        value.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, sizes.label()));
        value.setName("setting-" + setting.name().toLowerCase(Locale.ROOT) + "-value");
        names.put(setting, name);
        values.put(setting, value);
        JPanel label = new JPanel(new BorderLayout(0, sizes.gap() / 4));
        label.add(name, BorderLayout.NORTH);
        label.add(value, BorderLayout.SOUTH);
        return label;
    }

    private static GridBagConstraints at(int x, int y, Sizes sizes, int anchor) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = anchor;
        c.weightx = x % 2 == 1 ? 1 : 0;
        c.insets = new Insets(0, x == 2 ? sizes.gap() * 2 : 0, sizes.gap(), sizes.gap());
        return c;
    }

    @Override
    public void render(KioskState state, Texts texts) {
        heading.setText(texts.get("settings.heading"));
        hint.setText(texts.get("settings.hint"));
        for (Setting setting : Setting.values()) {
            int value = state.settings().get(setting);
            names.get(setting).setText(texts.get("settings." + setting));
            List<BigButton> row = buttons.get(setting);
            if (setting.isChoice()) {
                values.get(setting).setText(texts.get("settings." + setting + "." + value));
                for (int i = 0; i < row.size(); i++) {
                    row.get(i).setWord(texts.get("button." + setting + "." + i));
                    row.get(i).setMarked(i == value);
                }
            } else {
                boolean millis = setting == Setting.SCAN_TIME || setting == Setting.DWELL_TIME;
                values.get(setting).setText(texts.format("settings." + setting + ".value", millis ? value / 1000.0 : value));
                row.get(0).setWord(texts.get("button." + setting + ".down"));
                row.get(1).setWord(texts.get("button." + setting + ".up"));
            }
        }
    }

    /** Switch scanning goes row by row here, not over all sixteen buttons at once. */
    @Override
    public List<List<BigButton>> scanRows() {
        return List.copyOf(buttons.values());
    }
}
