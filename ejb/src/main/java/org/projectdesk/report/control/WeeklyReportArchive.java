package org.projectdesk.report.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.projectdesk.report.entity.WeeklyReport;
import org.projectdesk.shared.control.WriteConflict;

/**
 * Keeps a week's report in a transaction of its own, so that when two requests make the same week's
 * report at the same moment only the second one's keeping fails (on the week's unique key), and that
 * request can then read the first one's report instead.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WeeklyReportArchive {

    private static final String WEEK_KEY = "uk_weekly_report_week";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** Stores and commits the report; empty (and nothing stored) when the week's report was kept meanwhile. */
    public Optional<WeeklyReport> keep(WeeklyReport report) {
        try {
            em.persist(report);
            em.flush();
            return Optional.of(report);
        } catch (PersistenceException e) {
            if (WriteConflict.in(e).map(WriteConflict::constraint).filter(WEEK_KEY::equals).isEmpty()) {
                throw e;
            }
            session.setRollbackOnly();
            return Optional.empty();
        }
    }
}
