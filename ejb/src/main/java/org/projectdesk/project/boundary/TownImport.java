package org.projectdesk.project.boundary;

import java.util.List;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What importing a towns file does (or, previewed, would do): the towns it adds and changes (names,
 * kind, offered or not, place in the list), how many it leaves as they are, or every problem that
 * stops it; {@code applied} when the towns are now the file's.
 */
public record TownImport(List<String> added, List<String> changed, int unchanged, List<ImportProblem> problems,
        boolean applied) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
