package org.projectdesk.report.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.report.entity.WeeklyReport;

/**
 * Keeps a week's report in a transaction of its own, so that a report made by two requests at the same
 * moment fails only the second one's keeping (on the week's unique key, {@code uk_weekly_report_week}),
 * and that request can then read the first one's report instead.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WeeklyReportArchive {

    @PersistenceContext
    EntityManager em;

    /** Stores and commits the report; fails when the week's report was kept meanwhile. */
    public WeeklyReport keep(WeeklyReport report) {
        em.persist(report);
        em.flush();
        return report;
    }
}
