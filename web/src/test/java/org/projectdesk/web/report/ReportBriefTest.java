package org.projectdesk.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView.Row;
import org.projectdesk.report.control.WeeklyFigures;

/**
 * The paragraph a leader reads first, word for word in both languages: a busy week whose red matters fell and
 * yellow rose, a week with nothing at all (its problems, acceptance and referrals left unsaid), and a first
 * report with no week before it to compare with.
 */
class ReportBriefTest {

    private static final Row ACCEPTANCE = new Row(null, null, null, 2, 1, 4.0, 4, 6.0, 6, 1, 100.0, 1, 0, 1, 0);

    private static WeeklyFigures week(long projectsNew, long projectsAccepted, String investmentYi, long inApproval,
            long started, long greenChannel, long approved, long red, long yellow, long problemsOpened,
            long problemsResolved, Map<String, Number> changes, Row acceptance, long referrals) {
        return new WeeklyFigures("2026-W51", LocalDate.parse("2026-12-14"), LocalDate.parse("2026-12-20"), true,
                projectsAccepted, projectsNew, new BigDecimal(investmentYi), 0, 0, 0, 0, 0, started, 0, inApproval, 0,
                null, null, null, approved, red, yellow, problemsOpened, problemsResolved, 0, 0, List.of(), greenChannel,
                List.of(), List.of(), 0, changes,
                acceptance == null ? null : new WeeklyFigures.AcceptanceWeek(acceptance, null, Map.of(), List.of()),
                List.of(), new WeeklyFigures.TownRow(null, null, null, projectsAccepted, new BigDecimal(investmentYi),
                        inApproval, started, red, referrals));
    }

    static WeeklyFigures busy() {
        return week(3, 1041, "1234.50", 41, 12, 6, 57, 4, 1, 2, 1, Map.of("redMatters", -2L, "yellowMatters", 1L),
                ACCEPTANCE, 3);
    }

    private static WeeklyFigures nothing() {
        return week(0, 0, "0.00", 0, 0, 0, 0, 0, 0, 0, 0, Map.of("redMatters", 0L, "yellowMatters", 0L), null, 0);
    }

    @Test
    void aBusyWeekWhoseRedMattersFellInChinese() {
        assertEquals("本周新受理项目3个，累计受理项目1,041个，总投资1,234.5亿元；审批中项目41个，已开工项目12个，绿色通道项目6个；"
                + "本周办结审批事项57项；红灯事项4项（较上周减少2项），黄灯事项1项（较上周增加1项）；新增协调难题2个，解决1个；"
                + "联合竣工验收受理2件、通过1件；各区镇推荐项目3个。", new ReportBrief(Locale.SIMPLIFIED_CHINESE).of(busy()));
    }

    @Test
    void aBusyWeekWhoseRedMattersFellInEnglish() {
        assertEquals("3 new projects taken in this week, 1,041 in all with a total investment of 123.45 billion yuan; "
                + "41 projects in approval, 12 under construction, 6 in the green channel; 57 matters approved this week; "
                + "4 red matters (2 fewer than last week), 1 yellow matter (1 more than last week); "
                + "2 problems raised for coordination, 1 resolved; joint completion acceptance: 2 applied, 1 passed; "
                + "3 projects referred by the towns.", new ReportBrief(Locale.ENGLISH).of(busy()));
    }

    @Test
    void aWeekWithNothingSaysSoAndLeavesTheRestUnsaid() {
        assertEquals("本周无新受理项目，累计受理项目0个，总投资0亿元；审批中项目0个，已开工项目0个，绿色通道项目0个；本周无办结审批事项；"
                + "无红灯事项（与上周持平），无黄灯事项（与上周持平）。", new ReportBrief(Locale.SIMPLIFIED_CHINESE).of(nothing()));
        assertEquals("No new project taken in this week, 0 in all with a total investment of 0 billion yuan; "
                + "no project in approval, 0 under construction, 0 in the green channel; no matter approved this week; "
                + "no red matter (same as last week), no yellow matter (same as last week).",
                new ReportBrief(Locale.ENGLISH).of(nothing()));
    }

    @Test
    void aFirstReportHasNoChangeToTellAndOneOfEachInTheSingular() {
        WeeklyFigures first = week(1, 1, "0.35", 1, 0, 1, 1, 1, 0, 0, 1, Map.of(), null, 1);
        assertEquals("本周新受理项目1个，累计受理项目1个，总投资0.35亿元；审批中项目1个，已开工项目0个，绿色通道项目1个；本周办结审批事项1项；"
                + "红灯事项1项，无黄灯事项；新增协调难题0个，解决1个；各区镇推荐项目1个。",
                new ReportBrief(Locale.SIMPLIFIED_CHINESE).of(first));
        assertEquals("1 new project taken in this week, 1 in all with a total investment of 0.035 billion yuan; "
                + "1 project in approval, 0 under construction, 1 in the green channel; 1 matter approved this week; "
                + "1 red matter, no yellow matter; no problem raised for coordination, 1 resolved; "
                + "1 project referred by the towns.", new ReportBrief(Locale.ENGLISH).of(first));
    }
}
