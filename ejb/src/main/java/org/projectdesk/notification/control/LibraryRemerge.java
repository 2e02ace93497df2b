package org.projectdesk.notification.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Merges the notifications a library import can change again, after the import committed and apart
 * from it: the import answers at once, and the merges run on the container's asynchronous pool in
 * batches of {@value #BATCH} projects, each batch its own transaction (a project's merge locks its
 * row only until its batch commits). A batch that fails is tried again one project at a time, so one
 * project that cannot be merged (logged) does not hold back the others. Not kept across a restart:
 * a server stopped in the middle leaves the rest under the old merge until the next import or until
 * their own opinions or plan change (which merge them anyway).
 */
@Stateless
public class LibraryRemerge {

    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(LibraryRemerge.class.getName());

    @Inject
    NotificationItems items;

    @Resource
    SessionContext session;

    /** After the import's commit only: a refused or rolled-back import changes nothing. */
    public void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) LibraryReplaced replaced) {
        if (!replaced.projectIds().isEmpty()) {
            session.getBusinessObject(LibraryRemerge.class).remerge(replaced.projectIds());
        }
    }

    @Asynchronous
    public void remerge(List<Long> projectIds) {
        long started = System.nanoTime();
        LibraryRemerge self = session.getBusinessObject(LibraryRemerge.class);
        int failed = 0;
        for (int from = 0; from < projectIds.size(); from += BATCH) {
            List<Long> batch = projectIds.subList(from, Math.min(projectIds.size(), from + BATCH));
            try {
                self.merge(batch);
            } catch (RuntimeException batchFailed) {
                for (Long project : batch) {
                    try {
                        self.merge(List.of(project));
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.log(Level.WARNING, "The notification of project " + project + " could not be merged under the new library", e);
                    }
                }
            }
        }
        int notMerged = failed;
        LOG.info(() -> "Merged " + (projectIds.size() - notMerged) + " of " + projectIds.size()
                + " notifications under the new materials library in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void merge(List<Long> projectIds) {
        items.refreshEach(projectIds);
    }
}
