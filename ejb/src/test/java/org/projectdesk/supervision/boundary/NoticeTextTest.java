package org.projectdesk.supervision.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
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
    void aMatterNoticeStillNamesItsMatter() {
        assertEquals("督办：项目XF-2026-0007（精密钢丝三期）的事项LAND-01已超过承诺时限（红灯）。",
                NoticeText.of(notice(NoticeKind.SUPERVISION, "LAND-01", null), Locale.SIMPLIFIED_CHINESE));
    }
}
