package org.projectdesk.servicefile.boundary;

import java.util.List;
import org.projectdesk.shared.control.ImportProblem;

/** What importing a ledger file does or would do: the projects and matters it takes in, or every problem. */
public record LedgerImport(List<String> projectCodes, int matters, List<ImportProblem> problems) {

    public boolean isApplicable() {
        return problems.isEmpty() && !projectCodes.isEmpty();
    }
}
