package org.projectdesk.servicefile.boundary;

import java.util.List;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What importing a ledger file does or would do: the projects and matters it takes in, or its problems
 * by line: the first {@code problems} of them, {@code moreProblems} found besides, and the line from which
 * nothing was checked against the data any more ({@code stoppedAtLine}; null when the whole file was).
 */
public record LedgerImport(List<String> projectCodes, int matters, List<ImportProblem> problems, int moreProblems,
        Long stoppedAtLine) {

    public boolean isApplicable() {
        return problems.isEmpty() && !projectCodes.isEmpty();
    }

    /** Every problem found, listed or not. */
    public int problemCount() {
        return problems.size() + moreProblems;
    }
}
