package nl.verteller.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and its language folders; when a leaflet is added, edited, removed or
 * broken, loads the library again (on its own thread, {@code content-watch}) and hands it on. A burst
 * of changes (an editor saving, a copy of many files) gives one reload, after things are quiet for
 * {@code settleMillis}.
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path folder;
    private final long settleMillis;
    private final Consumer<Library> onReload;
    private final WatchService watcher;
    private final Thread thread;

    public ContentWatcher(Path folder, long settleMillis, Consumer<Library> onReload) throws IOException {
        this.folder = folder;
        this.settleMillis = settleMillis;
        this.onReload = onReload;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(folder);
        this.thread = new Thread(this::run, "content-watch");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void register(Path dir) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(Files::isDirectory).toList()) {
                child.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                settle(key);
                register(folder);
                LOG.info("Content changed in {}: loading it again", folder);
                onReload.accept(new LibraryLoader().load(folder));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the kiosk is stopping.
        } catch (IOException | RuntimeException e) {
            LOG.error("Content watching stopped: {}; restart the kiosk to pick up new leaflets", e.toString());
        }
    }

    /** Drains events until none came for {@code settleMillis}. */
    private void settle(WatchKey first) throws InterruptedException {
        WatchKey key = first;
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = watcher.poll(settleMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("Closing the content watcher: {}", e.toString());
        }
    }
}
