package nl.verteller.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verteller.tags.Model;
import org.junit.jupiter.api.Test;

@Model
class SharedModelTest {
    private static final Path ENGLISH = Path.of("models/en");

    @Test
    void oneFolderIsLoadedOnceAndFreedWithItsLastUser() throws Exception {
        assertThat(VoskDecoder.SpeechModel.users(ENGLISH)).isZero();
        try (VoskDecoder.SpeechModel first = VoskDecoder.SpeechModel.load(ENGLISH);
                VoskDecoder.SpeechModel second = VoskDecoder.SpeechModel.load(Path.of("models/../models/en"))) {
            assertThat(second.handle()).isSameAs(first.handle());
            assertThat(VoskDecoder.SpeechModel.users(ENGLISH)).isEqualTo(2);
            first.close();
            first.close();
            assertThat(VoskDecoder.SpeechModel.users(ENGLISH)).as("closing twice counts once").isEqualTo(1);
        }
        assertThat(VoskDecoder.SpeechModel.users(ENGLISH)).isZero();
    }
}
