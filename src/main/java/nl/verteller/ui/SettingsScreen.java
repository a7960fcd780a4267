package nl.verteller.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
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
import nl.verteller.text.Texts;

/**
 * The settings in three columns: reading (text size, reading speed, voice control), switches
 * (scanning, its speed, any sound as a switch) and dwell (on or off, its time). A number has a button
 * down and up; a choice has one button per option, the current one marked. Every button sends a
 * command like any other, so voice, switches, dwell, touch and keys all work here. Each setting is a
 * group for switch scanning. EDT only.
 */
final class SettingsScreen extends JPanel implements KioskView {
    private static final long serialVersionUID = 1L;
    private static final Glyph[] SCAN_GLYPHS = {Glyph.OFF, Glyph.ONE_SWITCH, Glyph.TWO_SWITCHES};
    private static final Setting[][] COLUMNS = {
        {Setting.TEXT_SIZE, Setting.VOICE_SPEED, Setting.VOICE_CONTROL},
        {Setting.SCANNING, Setting.SCAN_TIME, Setting.VOICE_SWITCH},
        {Setting.DWELL, Setting.DWELL_TIME}};

    private final Heading heading;
    private final JLabel hint = new JLabel();
    private final Map<Setting, JLabel> names = new EnumMap<>(Setting.class);
    private final Map<Setting, JLabel> values = new EnumMap<>(Setting.class);
    private final Map<Setting, List<BigButton>> buttons = new EnumMap<>(Setting.class);
    private final List<List<BigButton>> scanOrder = new ArrayList<>();
    private final JLabel ownWordsName = new JLabel();
    private final JLabel ownWordsValue = new JLabel();
    private final BigButton ownWords;

    SettingsScreen(Controls controls) {
        super(new BorderLayout());
        Sizes sizes = controls.sizes();
        heading = new Heading("settings-heading", sizes);
        JPanel top = heading.over(hint, "settings-hint", sizes);

        JPanel grid = new JPanel(new GridBagLayout());
        for (int column = 0; column < COLUMNS.length; column++) {
            for (int row = 0; row < COLUMNS[column].length; row++) {
                Setting setting = COLUMNS[column][row];
                List<BigButton> choices = setting.isChoice() ? choices(controls, setting) : steps(controls, setting);
                buttons.put(setting, choices);
                scanOrder.add(choices);
                JPanel cell = new JPanel(new BorderLayout(0, sizes.gap() / 2));
                cell.add(label(setting, sizes), BorderLayout.NORTH);
                JPanel options = new JPanel(new FlowLayout(FlowLayout.LEFT, sizes.gap(), 0));
                choices.forEach(options::add);
                cell.add(options, BorderLayout.CENTER);
                grid.add(cell, at(column, row, sizes));
            }
        }
        // The free cell under dwell: own words, a screen of its own.
        ownWords = controls.button("own-words", Glyph.WORDS, Command.of(Command.Kind.OWN_WORDS));
        scanOrder.add(List.of(ownWords));
        JPanel cell = new JPanel(new BorderLayout(0, sizes.gap() / 2));
        cell.add(label(ownWordsName, ownWordsValue, "own-words-value", sizes), BorderLayout.NORTH);
        JPanel options = new JPanel(new FlowLayout(FlowLayout.LEFT, sizes.gap(), 0));
        options.add(ownWords);
        cell.add(options, BorderLayout.CENTER);
        grid.add(cell, at(COLUMNS.length - 1, COLUMNS[COLUMNS.length - 1].length, sizes));
        add(top, BorderLayout.NORTH);
        add(grid, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(0, sizes.gap() * 2, sizes.gap(), sizes.gap() * 2));
    }

    /**
     * The two buttons of a number, slower before faster everywhere (as on the reader): a longer scan or
     * dwell time is slower, so its up button comes first; text size goes smaller, then bigger.
     */
    private static List<BigButton> steps(Controls controls, Setting setting) {
        String name = "setting-" + setting.name().toLowerCase(Locale.ROOT);
        BigButton down = controls.button(name + "-down", switch (setting) {
            case TEXT_SIZE -> Glyph.SMALLER_TEXT;
            case VOICE_SPEED -> Glyph.SLOWER;
            case SCAN_TIME -> Glyph.SCAN_FASTER;
            default -> Glyph.DWELL_SHORTER;
        }, Command.step(setting, -1));
        BigButton up = controls.button(name + "-up", switch (setting) {
            case TEXT_SIZE -> Glyph.BIGGER_TEXT;
            case VOICE_SPEED -> Glyph.FASTER;
            case SCAN_TIME -> Glyph.SCAN_SLOWER;
            default -> Glyph.DWELL_LONGER;
        }, Command.step(setting, +1));
        boolean timeIsSlowness = setting == Setting.SCAN_TIME || setting == Setting.DWELL_TIME;
        return timeIsSlowness ? List.of(up, down) : List.of(down, up);
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
        JLabel value = new JLabel();
        names.put(setting, name);
        values.put(setting, value);
        return label(name, value, "setting-" + setting.name().toLowerCase(Locale.ROOT) + "-value", sizes);
    }

    private static JPanel label(JLabel name, JLabel value, String valueName, Sizes sizes) {
        name.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label() + 4));
        value.setFont(new Font(Font.SANS_SERIF, Font.BOLD, sizes.label()));
        value.setName(valueName);
        JPanel label = new JPanel(new FlowLayout(FlowLayout.LEFT, sizes.gap() / 2, 0));
        label.add(name);
        label.add(value);
        return label;
    }

    private static GridBagConstraints at(int column, int row, Sizes sizes) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.weightx = 1;
        c.weighty = row == 2 ? 1 : 0;
        c.insets = new Insets(0, 0, sizes.gap(), column < COLUMNS.length - 1 ? sizes.gap() * 2 : 0);
        return c;
    }

    @Override
    public void render(KioskState state, Texts texts) {
        ownWordsName.setText(texts.get("settings.OWN_WORDS"));
        ownWordsValue.setText(OwnWordsScreen.profileName(state.ownWords().profile(), texts));
        ownWords.setWord(texts.get("button.ownWords"));
        heading.setText(texts.get("settings.heading"));
        hint.setText(texts.get("settings.hint"));
        for (Setting setting : Setting.values()) {
            // The size shown is the size in use: the reader's + and - change it too.
            int value = setting == Setting.TEXT_SIZE ? state.textSize() : state.settings().get(setting);
            names.get(setting).setText(texts.get("settings." + setting));
            List<BigButton> row = buttons.get(setting);
            values.get(setting).setText(texts.setValue(setting, value));
            if (setting.isChoice()) {
                for (int i = 0; i < row.size(); i++) {
                    row.get(i).setWord(texts.get("button." + setting + "." + i));
                    row.get(i).setMarked(i == value);
                }
            } else {
                for (BigButton button : row) {
                    button.setWord(texts.get("button." + setting + (button.getName().endsWith("-up") ? ".up" : ".down")));
                }
            }
        }
    }

    /** Switch scanning goes setting by setting here, column by column, not over all buttons at once. */
    @Override
    public List<List<BigButton>> scanRows() {
        return scanOrder;
    }
}
