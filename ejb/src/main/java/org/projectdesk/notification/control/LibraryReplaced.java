package org.projectdesk.notification.control;

import java.util.List;

/** The materials library was replaced by an import: these projects' notifications are to be merged again under it. */
public record LibraryReplaced(List<Long> projectIds) {

    public LibraryReplaced {
        projectIds = List.copyOf(projectIds);
    }
}
