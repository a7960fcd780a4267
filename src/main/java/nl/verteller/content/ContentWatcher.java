package nl.verteller.content;

import java.nio.file.Path;
import java.util.function.Consumer;
import nl.verteller.time.Scheduler;
import nl.verteller.time.ThreadScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's library in step with the content folder: when a leaflet is added, edited, removed
 * or broken, loads the library again and hands it on. The folder may be a read-only share that many
 * kiosks use (a network mount): while it is away, or holds no leaflet at all (an unmounted share
 * leaves an empty folder), the last library with leaflets stays; when it comes back, or appears for
 * the first time after the kiosk started without it, it is loaded by itself.
 *
 * <p>It looks at the folder every {@code pollMillis} instead of asking the system for change events:
 * those never come for changes made on another machine, nor for a folder that is not there yet. A
 * burst of changes (a copy of many files) gives one reload, once a look finds the same as the one
 * before.
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path folder;
    private final Scheduler scheduler;
    private final long pollMillis;
    private final Consumer<Library> onReload;
    private final LibraryLoader loader = new LibraryLoader();
    private final ThreadScheduler ownScheduler;
    // The scheduler's thread alone uses these.
    private Library current;
    private ContentListing shown;
    private ContentListing loaded;
    private ContentListing lastLook;
    private volatile boolean closed;
    private volatile Scheduler.Cancellable next;

    /**
     * @param current   the library as loaded from {@code folder} just before (what the kiosk shows)
     * @param scheduler where the looks run; never the EDT, a share can be slow
     */
    public ContentWatcher(Path folder, Library current, Scheduler scheduler, long pollMillis,
            Consumer<Library> onReload) {
        this(folder, current, scheduler, pollMillis, onReload, null);
    }

    private ContentWatcher(Path folder, Library current, Scheduler scheduler, long pollMillis,
            Consumer<Library> onReload, ThreadScheduler ownScheduler) {
        this.folder = folder;
        this.current = current;
        this.scheduler = scheduler;
        this.pollMillis = pollMillis;
        this.onReload = onReload;
        this.ownScheduler = ownScheduler;
        this.lastLook = ContentListing.of(folder);
        // With nothing loaded yet, what the folder held then is unknown: a share mounted while the kiosk
        // started (after the library was loaded, before this look) must still be loaded.
        this.shown = current.isEmpty() ? null : lastLook;
        this.loaded = shown;
    }

    /** A watcher on a thread of its own, {@code content-watch}, closed with it. */
    public static ContentWatcher onOwnThread(Path folder, Library current, long pollMillis,
            Consumer<Library> onReload) {
        ThreadScheduler thread = new ThreadScheduler("content-watch");
        return new ContentWatcher(folder, current, thread, pollMillis, onReload, thread);
    }

    public void start() {
        next = scheduler.schedule(pollMillis, this::look);
    }

    private void look() {
        if (closed) {
            return;
        }
        try {
            ContentListing now = ContentListing.of(folder);
            if (now.equals(lastLook) && !now.equals(loaded)) {
                reload(now);
            }
            lastLook = now;
        } catch (RuntimeException e) {
            LOG.error("Looking at {} failed ({}); looking again in {} ms", folder, e.toString(), pollMillis);
        }
        if (!closed) {
            next = scheduler.schedule(pollMillis, this::look);
        }
    }

    private void reload(ContentListing listing) {
        loaded = listing;
        if (listing.equals(shown)) {
            // A share that was away for a moment and came back as it was: the open chapter reads on undisturbed.
            LOG.info("{} is back as it was", folder);
            return;
        }
        Library library = loader.load(folder);
        if (library.isEmpty() && !current.isEmpty()) {
            LOG.warn("No leaflet in {} now (a share that went away?): keeping the {} leaflets loaded before,"
                    + " and loading the folder again when it changes", folder, current.all().size());
            return;
        }
        if (library.isEmpty() && library.problems().equals(current.problems())) {
            return; // Still nothing to show, for the same reasons.
        }
        LOG.info("Content changed in {}: loaded again ({} leaflets)", folder, library.all().size());
        current = library;
        shown = listing;
        onReload.accept(library);
    }

    @Override
    public void close() {
        closed = true;
        Scheduler.Cancellable pending = next;
        if (pending != null) {
            pending.cancel();
        }
        if (ownScheduler != null) {
            ownScheduler.close();
        }
    }
}
