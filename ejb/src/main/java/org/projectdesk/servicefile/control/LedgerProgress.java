package org.projectdesk.servicefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running ledger check or import has come, by the account running it, for a client to ask while
 * the long request runs (a large file takes minutes). Kept in memory: it concerns only requests running now.
 */
@ApplicationScoped
public class LedgerProgress {

    /** Checking (the preview, or the count of a refused import's problems) or importing. */
    public enum Phase { CHECKING, IMPORTING }

    /** The phase, the last line read, and the projects and matters done so far. */
    public record Snapshot(Phase phase, long line, int projects, int matters) {
    }

    private final Map<String, Snapshot> running = new ConcurrentHashMap<>();

    public void report(String by, Phase phase, long line, int projects, int matters) {
        running.put(by, new Snapshot(phase, line, projects, matters));
    }

    public void end(String by) {
        running.remove(by);
    }

    public Optional<Snapshot> of(String by) {
        return Optional.ofNullable(running.get(by));
    }
}
