package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.NoticeKind;

/** Notices about coordination problems name the problem (its description, carried in the body); matter notices their matter. */
class NoticeTextTest {

    private static NoticeView notice(NoticeKind kind, String category, String body) {
        return new NoticeView(1, kind, "XF-2026-0007", "精密钢丝三期", category, null, Light.RED, body, Instant.EPOCH, false);
    }

    @Test
    void aProblemNoticeSaysTheProblemInTheReadersLanguage() {
        NoticeView overdue = notice(NoticeKind.PROBLEM_OVERDUE, null, "施工用电接入未落实");

        assertEquals("难题超期：项目XF-2026-0007（精密钢丝三期）：施工用电接入未落实", NoticeText.of(overdue, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Overdue problem on XF-2026-0007 (精密钢丝三期): 施工用电接入未落实", NoticeText.of(overdue, Locale.ENGLISH));
        assertEquals("难题提请领导协调：项目XF-2026-0007（精密钢丝三期）：施工用电接入未落实",
                NoticeText.of(notice(NoticeKind.PROBLEM_ESCALATED, null, "施工用电接入未落实"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("【项目服务台】难题超期 XF-2026-0007", NoticeText.subject(overdue, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aProposalAndAnAssignmentQuoteTheirReason() {
        assertEquals("项目XF-2026-0007（精密钢丝三期）申请绿色通道，待您决定：省重大项目",
                NoticeText.of(notice(NoticeKind.GREEN_PROPOSAL, null, "省重大项目"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("Project XF-2026-0007 (精密钢丝三期) is now yours to serve: 原专员休假",
                NoticeText.of(notice(NoticeKind.OFFICER_ASSIGNED, null, "原专员休假"), Locale.ENGLISH));
        assertEquals("项目XF-2026-0007（精密钢丝三期）已交由您负责协调服务。",
                NoticeText.of(notice(NoticeKind.OFFICER_ASSIGNED, null, null), Locale.SIMPLIFIED_CHINESE),
                "taken in by the director for the officer: no reason to quote");
        assertEquals("【项目服务台】绿色通道待决定 XF-2026-0007",
                NoticeText.subject(notice(NoticeKind.GREEN_PROPOSAL, null, "省重大项目"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMatterNoticeNamesItsMatterAndItsLightInTheReadersLanguage() {
        NoticeView reminder = new NoticeView(1, NoticeKind.REMINDER, "XF-2026-0007", "精密钢丝三期", "LAND-01", "建设项目用地预审",
                "Pre-review of land for construction projects", null, Light.YELLOW, null, Instant.EPOCH, false);
        assertEquals("催办：项目XF-2026-0007（精密钢丝三期）的事项建设项目用地预审已亮黄灯，请抓紧办理。",
                NoticeText.of(reminder, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Reminder: matter Pre-review of land for construction projects of XF-2026-0007 (精密钢丝三期) is yellow;"
                + " please see it through in time.", NoticeText.of(reminder, Locale.ENGLISH));
        assertEquals("督办：项目XF-2026-0007（精密钢丝三期）的事项LAND-01已超过承诺时限（红灯）。",
                NoticeText.of(notice(NoticeKind.SUPERVISION, "LAND-01", null), Locale.SIMPLIFIED_CHINESE),
                "a category no longer in the project's catalogue: its code");
    }

    @Test
    void anAcceptanceNoticeSaysWhichLimitInTheReadersLanguage() {
        NoticeView pledge = notice(NoticeKind.ACCEPTANCE_OVERDUE, null, "PLEDGE");
        assertEquals("联合竣工验收超时：项目XF-2026-0007（精密钢丝三期）的容缺承诺已超过时限",
                NoticeText.of(pledge, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Completion acceptance of XF-2026-0007 (精密钢丝三期): a pledge is overdue", NoticeText.of(pledge, Locale.ENGLISH));
        assertEquals("【项目服务台】容缺承诺即将到期 XF-2026-0007",
                NoticeText.subject(notice(NoticeKind.PLEDGE_DUE, null, "PLEDGE"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMeetingNoticeNamesItsKindOfMeeting() {
        String figures = "meeting=5;startsAt=2026-12-29 09:00;place=项目现场;projects=XF-2026-0007";
        assertEquals("会议提醒：联办预审会议将于2026-12-29 09:00在项目现场召开，审议项目XF-2026-0007。",
                NoticeText.of(notice(NoticeKind.MEETING_REMINDER, null, figures), Locale.SIMPLIFIED_CHINESE),
                "a notice written before meetings had kinds reads as the approvals' pre-review");
        assertEquals("验收提醒：联合竣工验收现场检查将于2026-12-29 09:00在项目现场进行，验收项目XF-2026-0007，各部门在验收表上签署本部门事项。",
                NoticeText.of(notice(NoticeKind.MEETING_REMINDER, null, figures + ";kind=ACCEPTANCE_INSPECTION"),
                        Locale.SIMPLIFIED_CHINESE));
        assertEquals("[Project Desk] Completion acceptance pre-review 2026-12-29 09:00",
                NoticeText.subject(notice(NoticeKind.MEETING_REMINDER, null, figures + ";kind=ACCEPTANCE_PRE_REVIEW"),
                        Locale.ENGLISH));
    }

    @Test
    void aReferralNoticeNamesTheReferralsProjectAndSaysWhyItWasReturned() {
        NoticeView returned = new NoticeView(1, NoticeKind.REFERRAL_RETURNED, null, null, null, null, null,
                NoticeText.referralBody(53, "常乐镇仓储\n物流项目", "投资额未达重大项目标准\n请按一般项目办理"), Instant.EPOCH, false);
        assertEquals("推荐项目「常乐镇仓储 物流项目」（推荐第53号）已退回，原因：投资额未达重大项目标准\n请按一般项目办理",
                NoticeText.of(returned, Locale.SIMPLIFIED_CHINESE), "a name keeps to its line, a reason may run on");
        assertEquals(Long.valueOf(53), NoticeText.referralId(returned));
        NoticeView taken = new NoticeView(2, NoticeKind.REFERRAL_TAKEN_IN, "XF-2026-0031", "常乐镇仓储物流项目", null, null, null,
                NoticeText.referralBody(54, "常乐镇仓储物流项目", null), Instant.EPOCH, false);
        assertEquals("Your referral of “常乐镇仓储物流项目” (referral 54) was taken in as service file XF-2026-0031",
                NoticeText.of(taken, Locale.ENGLISH));
        assertEquals("【项目服务台】推荐项目已受理 常乐镇仓储物流项目", NoticeText.subject(taken, Locale.SIMPLIFIED_CHINESE));
        // As the time-limit scan writes it in SQL: the id and the name on two lines.
        NoticeView overdue = new NoticeView(3, NoticeKind.REFERRAL_OVERDUE, null, null, null, null, null, "55\n开发区项目",
                Instant.EPOCH, false);
        assertEquals("区镇推荐项目超时未受理：「开发区项目」（推荐第55号）已超过受理时限。", NoticeText.of(overdue, Locale.SIMPLIFIED_CHINESE));
        assertEquals(null, NoticeText.referralId(new NoticeView(4, NoticeKind.SUPERVISION, "XF-2026-0031", "p", "LAND-01", null,
                null, null, Instant.EPOCH, false)));
    }

    @Test
    void aLedgerImportsNoticeCountsTheOfficersProjectsAndNamesTheFirstTen() {
        List<String> many = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("XF-2026-%04d", i)).toList();
        NoticeView twelve = new NoticeView(1, NoticeKind.LEDGER_ASSIGNED, null, null, null, null, null,
                NoticeText.ledgerBody(many), Instant.EPOCH, false);
        assertEquals("台账导入的12个项目已交由您负责协调服务：XF-2026-0001、XF-2026-0002、XF-2026-0003、XF-2026-0004、XF-2026-0005、"
                + "XF-2026-0006、XF-2026-0007、XF-2026-0008、XF-2026-0009、XF-2026-0010等，另有2个。全部项目可在“服务档案”中按专员筛选查看。",
                NoticeText.of(twelve, Locale.SIMPLIFIED_CHINESE));
        assertEquals("【项目服务台】台账导入的12个项目交由您服务", NoticeText.subject(twelve, Locale.SIMPLIFIED_CHINESE));
        NoticeView two = new NoticeView(2, NoticeKind.LEDGER_ASSIGNED, null, null, null, null, null,
                NoticeText.ledgerBody(many.subList(0, 2)), Instant.EPOCH, false);
        assertEquals("A ledger import made you the officer of 2 project(s): XF-2026-0001, XF-2026-0002. Service files, filtered by"
                + " officer, lists them all.", NoticeText.of(two, Locale.ENGLISH));
        assertEquals("[Project Desk] 2 project(s) of a ledger import assigned to you", NoticeText.subject(two, Locale.ENGLISH));
    }
}
