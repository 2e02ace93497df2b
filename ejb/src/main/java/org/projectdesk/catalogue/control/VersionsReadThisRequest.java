package org.projectdesk.catalogue.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.projectdesk.catalogue.boundary.CatalogueView;

/**
 * The catalogue versions named in this request, by number: a request that takes in many projects (the ledger import
 * plans each one on the version in force on its intake day) names each version once instead of once a project. What
 * a version holds is kept by the server ({@link KeptVersions}); its departments' names can change: the rename forgets
 * what this request named, and the next request names afresh, so no other caller ever sees a name from before it.
 */
@RequestScoped
public class VersionsReadThisRequest {

    private final Map<Integer, CatalogueView> read = new HashMap<>();

    /** The version as this request read it already, else as {@code reader} reads it now (kept only when found). */
    public CatalogueView of(int number, IntFunction<CatalogueView> reader) {
        CatalogueView view = read.get(number);
        if (view == null) {
            view = reader.apply(number);
            read.put(number, view);
        }
        return view;
    }

    public void forget() {
        read.clear();
    }
}
