package nl.verteller.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.verteller.tags.Fast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Fast
class LibraryLoaderTest {
    @TempDir
    Path content;

    private final LibraryLoader loader = new LibraryLoader();

    @Test
    void theShippedLeafletsHaveSixChaptersInBothLanguages() {
        Library library = loader.load(Path.of("content"));
        assertThat(library.problems()).isEmpty();
        Leaflet dutch = library.find("als", Language.NL).orElseThrow();
        Leaflet english = library.find("als", Language.EN).orElseThrow();
        assertThat(dutch.chapters()).extracting(Chapter::title).containsExactly("Wat is het?",
                "Wat zijn de klachten?", "Wat is de oorzaak?", "Hoe wordt de diagnose gesteld?",
                "Welke behandeling is mogelijk?", "Meer weten?");
        assertThat(english.chapters()).hasSize(6);
        assertThat(dutch.title()).isEqualTo("ALS (amyotrofische laterale sclerose)");
        assertThat(dutch.chapters()).allSatisfy(chapter -> assertThat(chapter.sentences()).isNotEmpty());
        assertThat(dutch.chapter(1).sentences().get(0).text())
                .isEqualTo("ALS (amyotrofische laterale sclerose) is een zeldzame spier- en zenuwziekte.");
        assertThat(dutch.chapter(2).paragraphCount()).isEqualTo(2);
    }

    @Test
    void loadsManyLeafletsPerLanguageInIdOrder() throws Exception {
        write("nl/b.md", "# B\n\n## Een\n\nTekst een.\n\n## Twee\n\nTekst twee. En meer.\n");
        write("nl/a.md", "# A\n\n## Alleen\n\n- Punt een.\n- Punt twee.\n");
        write("en/c.md", "## Only\n\nText.\n");
        Library library = loader.load(content);
        assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("a", "b");
        assertThat(library.find("b", Language.NL).orElseThrow().chapter(2).sentences())
                .extracting(Sentence::text).containsExactly("Tekst twee.", "En meer.");
        assertThat(library.find("a", Language.NL).orElseThrow().chapter(1).sentences())
                .extracting(Sentence::paragraph).containsExactly(0, 1);
        assertThat(library.find("c", Language.EN).orElseThrow().title()).isEqualTo("c");
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aFileWithoutChapterHeadingsIsShownAsOneChapterAndNamedForStaff() throws Exception {
        write("nl/plat.md", "# Platte folder\n\nAlles in een stuk. Geen hoofdstukken.\n");
        write("nl/goed.md", "# Goed\n\n## Een\n\nTekst.\n");
        Library library = loader.load(content);
        assertThat(library.find("plat", Language.NL).orElseThrow().chapters()).extracting(Chapter::title)
                .containsExactly("Platte folder");
        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file().getFileName().toString()).isEqualTo("plat.md");
            assertThat(problem.reason()).startsWith("no chapter heading");
            assertThat(problem.skipped()).isFalse();
        });
        assertThat(library.skipped()).as("shown, so not counted as broken").isZero();
    }

    @Test
    void textBeforeTheFirstChapterBecomesAChapterNamedAfterTheTitle() throws Exception {
        write("en/intro.md", "# Leaflet\n\nAn introduction.\n\n## Next\n\nMore.\n");
        Leaflet leaflet = loader.load(content).find("intro", Language.EN).orElseThrow();
        assertThat(leaflet.chapters()).extracting(Chapter::title).containsExactly("Leaflet", "Next");
    }

    @Test
    void brokenFilesAreReportedWithPathAndReasonAndTheRestStillLoads() throws Exception {
        write("nl/goed.md", "# Goed\n\n## Een\n\nTekst.\n");
        write("nl/leeg.md", "# Alleen een titel\n");
        Files.write(content.resolve("nl/latin1.md"), "# T\n\n## H\n\nPati\u00ebnt.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(content.resolve("nl/groot.md"), new byte[(int) LibraryLoader.MAX_BYTES + 1]);
        Files.createSymbolicLink(content.resolve("nl/weg.md"), content.resolve("nl/does-not-exist.md"));
        write("fr/als.md", "## Un\n\nTexte.\n");

        Library library = loader.load(content);

        assertThat(library.leaflets(Language.NL)).extracting(Leaflet::id).containsExactly("goed");
        List<String> problems = library.problems().stream().map(ContentProblem::toString).toList();
        assertThat(problems).hasSize(5);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("leeg.md").contains("no chapter"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("latin1.md").contains("not UTF-8"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("groot.md").contains("too large"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("weg.md").contains("cannot be read"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("fr").contains("not a language folder"));
    }

    @Test
    void deeplyNestedFilesAreNamedAndSkippedEvenOnASmallStack() throws Exception {
        write("en/quotes.md", "## Deep\n\n" + ">".repeat(20_000) + " text\n");
        write("en/lists.md", "## Deep\n\n" + "- ".repeat(10_000) + "text\n");
        write("en/emphasis.md", "## Deep\n\n" + "*a ".repeat(5000) + "\n");
        write("en/links.md", "## Deep\n\n" + "[".repeat(20_000) + "x\n");
        write("en/fine.md", "# Fine\n\n## One\n\n> A quote in a list:\n>\n> - **bold *and* more**.\n");
        AtomicReference<Object> result = new AtomicReference<>();
        // 256 KiB: well below a thread's default, as the content-watch thread may have.
        Thread small = new Thread(null, () -> {
            try {
                result.set(loader.load(content));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(result.get()).isInstanceOf(Library.class);
        Library library = (Library) result.get();
        assertThat(library.leaflets(Language.EN)).extracting(Leaflet::id).contains("fine");
        assertThat(library.find("fine", Language.EN).orElseThrow().chapter(1).sentences())
                .extracting(Sentence::text).containsExactly("A quote in a list:", "bold and more.");
        assertThat(library.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("quotes.md").contains("nested too deeply"))
                .anySatisfy(p -> assertThat(p).contains("lists.md").contains("nested too deeply"));
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsRefused() throws Exception {
        Path outside = Files.createTempFile("secret", ".md");
        try {
            Files.writeString(outside, "## Secret\n\nroot:x:0:0\n");
            Files.createDirectories(content.resolve("en"));
            Files.createSymbolicLink(content.resolve("en/passwd.md"), outside);
            write("nl/eigen.md", "## Een\n\nTekst.\n");
            Files.createSymbolicLink(content.resolve("en/alias.md"), content.resolve("nl/eigen.md"));

            Library library = loader.load(content);

            assertThat(library.leaflets(Language.EN)).extracting(Leaflet::id).containsExactly("alias");
            assertThat(library.problems()).singleElement().asString().contains("passwd.md")
                    .contains("outside the content folder");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        write("en/locked.md", "## One\n\nText.\n");
        Path file = content.resolve("en/locked.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "root reads every file");
        assertThat(loader.load(content).problems()).singleElement().asString().contains("locked.md")
                .contains("permission denied");
    }

    @Test
    void aMissingContentFolderIsAProblemNotACrash() {
        Library library = loader.load(content.resolve("nothing-here"));
        assertThat(library.isEmpty()).isTrue();
        assertThat(library.problems()).singleElement().asString().contains("content folder not found");
    }

    private void write(String relative, String text) throws Exception {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
