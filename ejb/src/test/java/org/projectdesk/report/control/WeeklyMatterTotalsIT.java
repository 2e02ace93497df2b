package org.projectdesk.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.supervision.boundary.TimeLimitLights;
import org.projectdesk.supervision.entity.SupervisionSettings;
import org.projectdesk.testing.Deployments;

/**
 * The weekly report's matter totals in SQL ({@link WeeklyMatterTotals}) against their definition read row by row
 * ({@link WeeklyCalculator#totals}), on every matter the test database holds (the demo office and what the other
 * tests entered: approvals, returns, halts, withdrawals, the green channel), on a Sunday of every week from
 * 2024 to today and on today itself: as {@code SupervisionIT} holds the scan's SQL to the light rule.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyMatterTotalsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("report-totals-test");
    }

    @Inject
    WeeklyMatterTotals sql;

    @Inject
    TimeLimitLights lights;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Test
    void theDatabaseTotalsTheMattersAsTheRowsDo() {
        SupervisionSettings settings = lights.settings();
        WeeklyCalculator calculator = new WeeklyCalculator(settings.rule(), settings.projectRule(), calendar::countWorkingDays);
        ReportData data = everything();
        assertFalse(data.projects().isEmpty(), "the demo office is there to compare on");
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = IsoWeek.of(LocalDate.of(2024, 1, 7)).sunday(); day.isBefore(today); day = day.plusWeeks(1)) {
            days.add(day);
        }
        days.add(today);
        for (int i = 0; i < days.size(); i += 2) {
            List<LocalDate> pair = days.subList(i, Math.min(i + 2, days.size()));
            List<WeeklyMatterTotals.Span> spans = pair.stream()
                    .map(end -> new WeeklyMatterTotals.Span(IsoWeek.of(end).monday(), end)).toList();
            List<MatterTotals> fromSql = sql.of(spans, settings.rule()).orElseThrow();
            for (int k = 0; k < spans.size(); k++) {
                WeeklyMatterTotals.Span span = spans.get(k);
                MatterTotals fromRows = calculator.totals(span.from(), span.end(), data);
                assertEquals(facts(fromRows), facts(fromSql.get(k)), "the totals on " + span.end());
            }
        }
    }

    /** Every project with every matter, as the report reads them. */
    private ReportData everything() {
        List<ReportData.ProjectRow> projects = em.createQuery("select p.id, p.fileNo, p.name, p.officer, p.investment,"
                        + " p.intakeOn, p.status, p.statusChangedOn, p.constructionStartedOn, p.greenChannel.status, p.town"
                        + " from Project p", Object[].class).getResultList().stream()
                .map(r -> new ReportData.ProjectRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (BigDecimal) r[4], (LocalDate) r[5], (ProjectStatus) r[6], (LocalDate) r[7], (LocalDate) r[8],
                        r[9] == GreenChannelStatus.GRANTED, (String) r[10]))
                .toList();
        List<ReportData.MatterRow> matters = em.createQuery(
                        "select m.projectId, m.categoryCode, m.departmentCode, m.status, m.statutoryDays, m.promisedDays,"
                        + " m.greenChannel, m.greenChannelDays, m.acceptedOn, m.dueOn, m.decidedOn, m.haltedOn from Matter m",
                        Object[].class).getResultList().stream()
                .map(r -> new ReportData.MatterRow((Long) r[0], (String) r[1], (String) r[2], (MatterStatus) r[3],
                        (Integer) r[4], (Integer) r[5], Boolean.TRUE.equals(r[6]) ? (Integer) r[7] : (Integer) r[5],
                        (LocalDate) r[8], (LocalDate) r[9], (LocalDate) r[10], (LocalDate) r[11]))
                .toList();
        return new ReportData(projects, matters::stream, List.of(), List.of(), null, null, List.of());
    }

    /** The totals as comparable values: plans with a matter, departments with a count, the week's approvals. */
    private static List<Object> facts(MatterTotals totals) {
        Map<Long, List<Object>> plans = totals.plans().entrySet().stream().filter(e -> e.getValue().planned > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> plan(e.getValue()), (a, b) -> a, TreeMap::new));
        Map<String, List<Long>> departments = totals.departments().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(n -> n != 0))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.stream(e.getValue()).boxed().toList(), (a, b) -> a,
                        TreeMap::new));
        return List.of(plans, departments, totals.approved());
    }

    private static List<Object> plan(MatterTotals.Plan p) {
        return Arrays.asList(p.planned, p.decided, p.approved, p.statutoryDays, p.promisedDays, p.firstAccepted, p.lastDecision,
                p.latestRunningDue, p.red, p.yellow, p.light);
    }
}
