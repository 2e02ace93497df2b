package org.projectdesk.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * Imports use 2035, a year no other test relies on, so that 2027 stays provisional ("not yet
 * announced") for every test sharing the database; the years between become provisional too.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarYearsIT {

    private static final String YEAR_2035 = """
            date,kind,name
            2035-01-01,holiday,元旦
            2035-10-01,holiday,国庆节
            2035-10-02,holiday,国庆节
            2035-09-29,workday,国庆节
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("calendar-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    CalendarYears years;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Test
    void theOfficialScheduleOf2024To2026IsLoadedAtFirstStart() {
        List<YearSummary> loaded = years.years().stream().filter(y -> y.year() <= 2026).toList();
        assertTrue(loaded.stream().allMatch(y -> y.kind().equals("official")));
        assertEquals("provisional", years.years().stream().filter(y -> y.year() == 2027).findFirst().orElseThrow().kind());

        assertEquals(List.of(2024, 2025, 2026), loaded.stream().map(YearSummary::year).toList());
        YearSummary y2026 = loaded.get(2);
        assertEquals(248, y2026.workingDays());
        assertEquals(6, y2026.makeUpDays());
        assertEquals("config/calendar/cn-holidays-2024-2026.csv", y2026.source());
        assertEquals("system", y2026.loadedBy());
    }

    @Test
    void dueDatesComeFromTheLoadedScheduleAndAnUnloadedYearIsNamed() {
        assertEquals(LocalDate.of(2026, 10, 8), calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1));
        // 8, 9, Saturday 10 (make-up day), 12, 13, 14 October
        assertEquals(6, calendar.countWorkingDays(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 14)));

        // 2027 has no official notice: counted on the law's holidays, and the result says it is provisional.
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 10);
        assertEquals(LocalDate.of(2027, 1, 11), due);
        assertTrue(calendar.isProvisional(due));
        assertFalse(calendar.isProvisional(LocalDate.of(2026, 12, 31)));
        YearNotLoaded refused = assertThrows(YearNotLoaded.class,
                () -> calendar.addWorkingDays(LocalDate.of(2023, 12, 25), 10));
        assertEquals(2023, refused.year(), "before the first official year nothing is guessed");
    }

    @Test
    void aFileWithProblemsIsPreviewedWithEveryProblemAndAppliesNothing() throws Exception {
        byte[] bad = (YEAR_2035 + "2035-10-08,workday,国庆节\n2035-13-01,holiday,x\n").getBytes(StandardCharsets.UTF_8);

        CalendarImport preview = admin.call(() -> years.preview(bad));

        assertFalse(preview.isApplicable());
        assertEquals(List.of(6L, 7L), preview.problems().stream().map(p -> p.line()).toList());
        assertThrows(RuleViolation.class, () -> admin.call(() -> years.apply(bad, "bad.csv")));
        assertTrue(years.listedDays(2035).stream().noneMatch(d -> d.getDate().equals(LocalDate.of(2035, 10, 8))));
    }

    @Test
    void aGbkFileIsRefusedWithoutChangingAnything() throws Exception {
        byte[] gbk = YEAR_2035.getBytes(Charset.forName("GBK"));

        assertThrows(RuleViolation.class, () -> admin.call(() -> years.apply(gbk, "gbk.csv")));
        assertEquals("import.notUtf8", admin.call(() -> years.preview(gbk)).problems().get(0).key());
    }

    @Test
    void importingAYearMakesItsDatesComputableAndReimportingReplacesIt() throws Exception {
        admin.call(() -> years.apply(YEAR_2035.getBytes(StandardCharsets.UTF_8), "2035.csv"));

        assertTrue(calendar.covers(2035));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2035, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2035, 9, 29)));
        assertEquals(LocalDate.of(2035, 10, 3), calendar.addWorkingDays(LocalDate.of(2035, 9, 30), 1));

        String revised = "date,kind,name\n2035-01-01,holiday,元旦\n";
        CalendarImport second = admin.call(() -> years.apply(revised.getBytes(StandardCharsets.UTF_8), "2035-revised.csv"));

        assertEquals(List.of(2035), List.copyOf(second.replacing()));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2035, 10, 1)), "the revised file no longer lists National Day");
        assertEquals(1, years.listedDays(2035).size());
        // The years between are provisional, so a count across them works and is marked provisional.
        assertTrue(calendar.countWorkingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2035, 1, 5)) > 2000);
        assertEquals("provisional", years.years().stream().filter(y -> y.year() == 2030).findFirst().orElseThrow().kind());
        assertEquals("provisional", years.years().stream().filter(y -> y.year() == 2038).findFirst().orElseThrow().kind());
    }

    @Test
    void onlyAdministratorsAndTheDirectorMayImport() {
        byte[] file = YEAR_2035.getBytes(StandardCharsets.UTF_8);

        assertThrows(EJBAccessException.class, () -> officer.call(() -> years.apply(file, "2035.csv")));
    }
}
