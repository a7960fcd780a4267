package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;

@Fast
class ChapterTest {
    private final Chapter chapter = new Chapter(2, "Symptoms", List.of(new Sentence(0, 0, "Muscles weaken."),
            new Sentence(1, 0, "Some stop working."), new Sentence(2, 1, "Speech may slur.")));

    @Test
    void whatMayStillEchoIsTheSentenceReadAndTheOneBefore() {
        assertThat(chapter.spokenAround(0)).isEqualTo("Muscles weaken. ");
        assertThat(chapter.spokenAround(2)).isEqualTo("Some stop working. Speech may slur. ");
    }

    @Test
    void onlyTheChaptersOwnSentencesCount() {
        assertThat(chapter.spokenAround(-1)).isEmpty();
        assertThat(chapter.spokenAround(3)).isEqualTo("Speech may slur. ");
        assertThat(chapter.spokenAround(4)).isEmpty();
    }
}
