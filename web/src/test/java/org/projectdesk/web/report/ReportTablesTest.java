package org.projectdesk.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView.Row;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The weekly report's 联合竣工验收 tables as the page and every export write them, in both languages: this
 * week beside last week with each change (the figures of WeeklyCalculatorTest's fixture), and each
 * department's week; a report kept before the acceptance figures has no such table.
 */
class ReportTablesTest {

    private static final Row THIS_WEEK = new Row(null, null, null, 2, 1, 4.0, 4, 6.0, 6, 1, 100.0, 1, 0, 1, 0);
    private static final Row LAST_WEEK = new Row(null, null, null, 1, 2, 5.5, 3, 7.5, 5, 1, 50.0, 2, 2, 0, 0);
    private static final Row PLAN = new Row("PLAN", "规划局", "Urban and Rural Planning Bureau", 1, 1, 4.0, 4, 6.0, 6, 1, 100.0,
            0, 0, 1, 0);
    private static final Row FIRE = new Row("FIRE", "公安消防大队", "Public Security Fire Brigade", 1, 0, null, null, null, null,
            0, null, 1, 0, 0, 0);

    private static WeeklyFigures report(WeeklyFigures.AcceptanceWeek acceptance) {
        return report(acceptance, null, null);
    }

    private static WeeklyFigures report(WeeklyFigures.AcceptanceWeek acceptance, List<WeeklyFigures.TownRow> towns,
            WeeklyFigures.TownRow total) {
        return new WeeklyFigures("2024-W11", LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-17"), true, 0, 0,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, List.of(),
                List.of(), 0, Map.of(), acceptance, towns, total);
    }

    @Test
    void theTownsTableHasEachTownReadThenTheCitysTotal() {
        WeeklyFigures f = report(null, List.of(new WeeklyFigures.TownRow("CLZ", "常乐镇", "Changle Town", 2,
                new BigDecimal("6.23"), 1, 0, 1, 1)), new WeeklyFigures.TownRow(null, null, null, 6, new BigDecimal("10.73"),
                1, 1, 1, 3));

        ReportTables.Table zh = new ReportTables(Locale.SIMPLIFIED_CHINESE).towns(f);
        assertEquals("各区镇", zh.title());
        assertEquals(List.of("区镇", "在册项目", "投资（亿元）", "审批中", "已开工", "红灯", "推荐项目"), zh.header());
        assertEquals(List.of(List.of("常乐镇", "2", "6.23", "1", "0", "1", "1"), List.of("全市合计", "6", "10.73", "1", "1", "1", "3")),
                zh.rows());
        assertEquals(List.of("Changle Town", "2", "6.23", "1", "0", "1", "1"), new ReportTables(Locale.ENGLISH).towns(f).rows().get(0));
        assertEquals("By town (not kept)", new ReportTables(Locale.ENGLISH).towns(report(null)).title());
        assertEquals(List.of(), new ReportTables(Locale.ENGLISH).towns(report(null)).rows());
    }

    private static WeeklyFigures.AcceptanceWeek week() {
        Map<String, Number> changes = new LinkedHashMap<>();
        changes.put("applied", 1L);
        changes.put("passed", -1L);
        changes.put("averageWorkingDays", new BigDecimal("-1.5"));
        changes.put("fastestWorkingDays", 1L);
        changes.put("averageCalendarDays", new BigDecimal("-1.5"));
        changes.put("fastestCalendarDays", 1L);
        changes.put("firstVisitRate", new BigDecimal("50.0"));
        changes.put("findingsRaised", -1L);
        changes.put("findingsClosed", -2L);
        changes.put("pledgesOpen", 1L);
        changes.put("pledgesOverdue", 0L);
        return new WeeklyFigures.AcceptanceWeek(THIS_WEEK, LAST_WEEK, changes, List.of(PLAN, FIRE));
    }

    @Test
    void theAcceptanceTableSetsThisWeekBesideLastWeekInChinese() {
        ReportTables.Table table = new ReportTables(Locale.SIMPLIFIED_CHINESE).acceptance(report(week()));

        assertEquals("联合竣工验收", table.title());
        assertEquals(List.of("指标", "本周", "上周", "较上周"), table.header());
        assertEquals(List.of(
                List.of("受理验收", "2", "1", "+1"),
                List.of("通过验收", "1", "2", "-1"),
                List.of("平均用时（工作日）", "4", "5.5", "-1.5"),
                List.of("最快用时（工作日）", "4", "3", "+1"),
                List.of("平均用时（自然日）", "6", "7.5", "-1.5"),
                List.of("最快用时（自然日）", "6", "5", "+1"),
                List.of("一次性通过率", "100%", "50%", "+50"),
                List.of("提出整改问题", "1", "2", "-1"),
                List.of("整改问题销号", "0", "2", "-2"),
                List.of("未履行承诺", "1", "0", "+1"),
                List.of("逾期承诺", "0", "0", "0")), table.rows());
    }

    @Test
    void eachDepartmentsWeekInEnglishWithADashWhereNothingPassed() {
        ReportTables.Table table = new ReportTables(Locale.ENGLISH).acceptanceDepartments(report(week()));

        assertEquals("Acceptance by department", table.title());
        assertEquals(List.of("Department", "Cases applied", "Cases passed", "Average working days", "Fastest (working days)",
                "Average calendar days", "Fastest (calendar days)", "First-visit pass rate", "Findings raised", "Findings closed",
                "Pledges open", "Pledges overdue"), table.header());
        assertEquals(List.of(
                List.of("Urban and Rural Planning Bureau", "1", "1", "4", "4", "6", "6", "100%", "0", "0", "1", "0"),
                List.of("Public Security Fire Brigade", "1", "0", "—", "—", "—", "—", "—", "1", "0", "0", "0")), table.rows());
    }

    @Test
    void theTablesComeAfterTheDepartmentsAndAnOlderReportHasNone() {
        List<String> titles = new ReportTables(Locale.SIMPLIFIED_CHINESE).tables(report(week())).stream()
                .map(ReportTables.Table::title).toList();
        assertEquals("各区镇（本周报未保存）", titles.get(1), "the towns after the summary");
        assertEquals("联合竣工验收", titles.get(4));
        assertEquals("联合竣工验收（各部门本周）", titles.get(5));
        assertEquals(7, titles.size());
        assertEquals(5, new ReportTables(Locale.SIMPLIFIED_CHINESE).tables(report(null)).size());
    }
}
