package nl.verteller.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.verteller.kiosk.Command.Kind;
import nl.verteller.kiosk.Command;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class ProfileTest {
    @Test
    void wordsKeepTheOrderTheyWereTaughtInSoTheGrammarIsTheSameEveryRun() {
        Profile profile = Profile.guest();
        Kind[] taught = {Kind.READ, Kind.PAUSE, Kind.NEXT_CHAPTER, Kind.PREVIOUS_CHAPTER, Kind.REPEAT, Kind.HOME,
            Kind.BACK, Kind.HELP};
        for (Kind kind : taught) {
            profile = profile.with(Command.of(kind), Set.of(kind.name().toLowerCase()));
        }
        assertThat(profile.words().keySet()).extracting(Command::kind).containsExactly(taught);
        assertThat(profile.phrases().keySet()).containsExactly("read", "pause", "next_chapter", "previous_chapter",
                "repeat", "home", "back", "help");
    }
}
