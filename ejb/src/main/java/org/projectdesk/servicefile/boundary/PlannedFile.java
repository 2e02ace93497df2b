package org.projectdesk.servicefile.boundary;

import java.util.List;

/** A file just taken in, as far as the ledger import needs it: its number, its officer and its plan's matters. */
public record PlannedFile(String fileNo, String officer, List<PlannedMatter> matters) {

    /** A matter of the plan and the categories it waits for. */
    public record PlannedMatter(String categoryCode, List<String> prerequisites) {
    }
}
