package org.projectdesk.notification.boundary;

import java.util.List;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What a materials-library import did: refused with its {@code problems} (nothing changed), or took
 * the file, the merge of the {@code notificationsToUpdate} open notifications it can change following
 * apart from it.
 */
public record LibraryImport(List<ImportProblem> problems, int notificationsToUpdate) {

    public LibraryImport {
        problems = List.copyOf(problems);
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }
}
