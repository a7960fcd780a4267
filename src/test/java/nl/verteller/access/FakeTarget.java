package nl.verteller.access;

import java.util.List;

/** A target that remembers being highlighted and activated. */
final class FakeTarget implements ScanTarget {
    private final String id;
    private final List<String> log;
    boolean lit;

    FakeTarget(String id, List<String> log) {
        this.id = id;
        this.log = log;
    }

    @Override
    public void highlight(boolean on) {
        lit = on;
    }

    @Override
    public void activate() {
        log.add(id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
