package nl.verteller.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verteller.content.Language;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class CommandTest {
    @Test
    void tokensRoundTrip() {
        for (Command.Kind kind : Command.Kind.values()) {
            Command command = switch (kind) {
                case CHAPTER -> Command.chapter(3);
                case LEAFLET -> Command.leaflet(2);
                case LANGUAGE -> Command.language(Language.NL);
                case INCREASE -> Command.step(Setting.SCAN_TIME, 1);
                case DECREASE -> Command.step(Setting.TEXT_SIZE, -1);
                case SET -> Command.set(Setting.SCANNING, 2);
                default -> Command.of(kind);
            };
            assertThat(Command.parse(command.token())).contains(command);
        }
        assertThat(Command.chapter(3).token()).isEqualTo("CHAPTER 3");
        assertThat(Command.language(Language.EN).token()).isEqualTo("LANGUAGE en");
        assertThat(Command.set(Setting.DWELL, 1).token()).isEqualTo("SET DWELL 1");
        assertThat(Command.step(Setting.DWELL_TIME, -1).token()).isEqualTo("DECREASE DWELL_TIME");
    }

    @Test
    void malformedTokensAreNotCommands() {
        assertThat(Command.parse("CHAPTER")).isEmpty();
        assertThat(Command.parse("CHAPTER zero")).isEmpty();
        assertThat(Command.parse("LANGUAGE fr")).isEmpty();
        assertThat(Command.parse("READ NOW")).isEmpty();
        assertThat(Command.parse("DANCE")).isEmpty();
        assertThat(Command.parse("SET SCANNING 3")).as("no third switch").isEmpty();
        assertThat(Command.parse("SET DWELL")).isEmpty();
        assertThat(Command.parse("INCREASE LOUDNESS")).isEmpty();
    }
}
