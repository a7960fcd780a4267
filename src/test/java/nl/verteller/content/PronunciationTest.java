package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class PronunciationTest {
    private final Pronunciation dutch = Pronunciation.of(Map.of("ALS", "aa el es", "EMG", "ee em gee",
            "ALS-team", "aa el es teem"));

    @Test
    void replacesWholeWordsOnlyAndCaseMatters() {
        assertThat(dutch.apply("Als ALS begint, helpt een EMG. ALSO blijft.").spoken())
                .isEqualTo("Als aa el es begint, helpt een ee em gee. ALSO blijft.");
    }

    @Test
    void aHyphenSeparatesWordsAndTheLongestEntryWins() {
        assertThat(dutch.apply("ALS-patiënten en het ALS-team").spoken())
                .isEqualTo("aa el es-patiënten en het aa el es teem");
    }

    @Test
    void mapsSpokenOffsetsBackToTheWrittenText() {
        SpokenText text = dutch.apply("Een EMG helpt.");
        String spoken = text.spoken();
        assertThat(spoken).isEqualTo("Een ee em gee helpt.");
        assertThat(text.writtenOffset(spoken.indexOf("ee em"))).isEqualTo(4);
        assertThat(text.writtenOffset(spoken.indexOf("gee"))).isEqualTo(4);
        assertThat(text.writtenOffset(spoken.indexOf("helpt"))).isEqualTo("Een EMG ".length());
        assertThat(text.writtenOffset(spoken.length())).isEqualTo(text.written().length());
    }

    @Test
    void theShippedListsFixTheLeafletsAbbreviations() throws Exception {
        Pronunciation nl = Pronunciation.load(Path.of("content/nl/pronunciation.properties"));
        Pronunciation en = Pronunciation.load(Path.of("content/en/pronunciation.properties"));
        assertThat(nl.apply("ALS-patiënten, EMG en Rilutek").spoken()).doesNotContain("ALS", "EMG", "Rilutek");
        assertThat(en.apply("ALS patients, EMG and Rilutek").spoken()).doesNotContain("ALS", "EMG", "Rilutek");
    }

    @Test
    void aMissingFileMeansNoFixes() throws Exception {
        assertThat(Pronunciation.load(Path.of("no/such/file.properties")).apply("ALS").spoken()).isEqualTo("ALS");
    }
}
