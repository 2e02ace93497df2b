package org.projectdesk.catalogue.boundary;

import java.util.List;
import java.util.SortedSet;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What importing a catalogue file would do compared with the latest version: the categories added,
 * changed and removed, or every problem that stops it.
 */
public record CatalogueImport(int categories, SortedSet<String> added, SortedSet<String> changed,
        SortedSet<String> removed, List<ImportProblem> problems) {

    public boolean isApplicable() {
        return problems.isEmpty() && categories > 0;
    }
}
