package nl.verteller.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import nl.verteller.content.Chapter;
import nl.verteller.content.Leaflet;
import nl.verteller.setup.Setup;

/** {@code list [--lang L]}: one line per chapter, {@code <leaflet-id>\t<n>\t<title>}. */
public final class ListCommand {
    private ListCommand() {
    }

    public static int run(List<String> args, Setup setup, PrintStream out, PrintStream err) throws UsageException {
        Args parsed = Args.parse(args, Set.of("--lang"), Set.of());
        if (!parsed.words().isEmpty()) {
            throw new UsageException("list takes no words, only --lang");
        }
        List<Leaflet> leaflets = parsed.has("--lang")
                ? setup.library().leaflets(parsed.language("--lang"))
                : setup.library().all();
        for (Leaflet leaflet : leaflets) {
            for (Chapter chapter : leaflet.chapters()) {
                out.println(leaflet.id() + "\t" + chapter.number() + "\t" + chapter.title());
            }
        }
        setup.library().problems().forEach(problem -> err.println("skipped " + problem));
        return 0;
    }
}
