package org.projectdesk.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.shared.control.CommittedChanges;

/**
 * Catalogue versions as read, by number, once a server: a version is never edited (every change makes a new one),
 * so what it holds never changes, on any node. Only its departments' names can change, and the caller names them
 * afresh on each use ({@link CatalogueView#named}). Every intake plans on the version in force, and reading one
 * (the version, its categories, their prerequisites and materials) was a fifth of an intake's work.
 */
@ApplicationScoped
public class KeptVersions {

    @Inject
    CommittedChanges changes;

    private final Map<Integer, CatalogueView> read = new ConcurrentHashMap<>();

    /** The version as kept, else as {@code reader} finds it now. */
    public Optional<CatalogueView> of(int number, IntFunction<Optional<CatalogueView>> reader) {
        CatalogueView kept = read.get(number);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<CatalogueView> found = reader.apply(number);
        // Not kept when the reading transaction has written: a version it has just made may yet be rolled back, and
        // its number then given to another. A version not found is not kept either: it may be committed next.
        if (found.isPresent() && !changes.writtenInThisTransaction()) {
            read.put(number, found.get());
        }
        return found;
    }
}
