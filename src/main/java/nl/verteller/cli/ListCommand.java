package nl.verteller.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.verteller.content.Chapter;
import nl.verteller.content.Language;
import nl.verteller.content.Leaflet;
import nl.verteller.setup.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list [--lang L]}: one line per chapter, {@code <leaflet-id>\t<n>\t<title>}. */
@Command(name = "list", description = "one line per chapter: <leaflet-id> TAB <n> TAB <title>")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private VertellerCommand verteller;

    @Option(names = "--lang", paramLabel = "L", description = "only this language's leaflets")
    private Language language;

    @Override
    public Integer call() {
        Setup setup = verteller.setup();
        List<Leaflet> leaflets = language != null ? setup.library().leaflets(language) : setup.library().all();
        for (Leaflet leaflet : leaflets) {
            for (Chapter chapter : leaflet.chapters()) {
                verteller.out().println(leaflet.id() + "\t" + chapter.number() + "\t" + chapter.title());
            }
        }
        setup.library().problems().forEach(problem -> verteller.err().println("skipped " + problem));
        return 0;
    }
}
