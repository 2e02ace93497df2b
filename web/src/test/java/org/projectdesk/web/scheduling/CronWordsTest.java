package org.projectdesk.web.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.projectdesk.web.shell.Messages;

class CronWordsTest {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void theShippedSchedulesInChinese() {
        assertEquals("每周一 08:00", words("0 0 8 ? * MON", CHINESE));
        assertEquals("每天 08:00", words("0 0 8 * * ?", CHINESE));
        assertEquals("每15分钟", words("0 0/15 * * * ?", CHINESE));
        assertEquals("每30分钟", words("0 0/30 * * * ?", CHINESE));
        assertEquals("每分钟（第30秒）", words("30 * * * * ?", CHINESE));
    }

    @Test
    void theShippedSchedulesInEnglish() {
        assertEquals("Every Monday at 08:00", words("0 0 8 ? * MON", ENGLISH));
        assertEquals("Every day at 08:00", words("0 0 8 * * ?", ENGLISH));
        assertEquals("Every 15 minutes", words("0 0/15 * * * ?", ENGLISH));
        assertEquals("Every minute, at second 30", words("30 * * * * ?", ENGLISH));
    }

    @Test
    void weekdayListsRangesAndNumbers() {
        assertEquals("每周一至周五 07:30", words("0 30 7 ? * MON-FRI", CHINESE));
        assertEquals("每周一、周三 18:05", words("0 5 18 ? * MON,WED", CHINESE));
        assertEquals("每周日 09:00", words("0 0 9 ? * 1", CHINESE));
        assertEquals("Every Monday to Friday, Saturday at 07:30", words("0 30 7 ? * MON-FRI,SAT", ENGLISH));
    }

    @Test
    void hourlyMonthlyAndOffsetSteps() {
        assertEquals("每小时第5分", words("0 5 * * * ?", CHINESE));
        assertEquals("每月1日 06:00", words("0 0 6 1 * ?", CHINESE));
        assertEquals("每月最后一天 23:00", words("0 0 23 L * ?", CHINESE));
        assertEquals("每小时第5分起每10分钟", words("0 5/10 * * * ?", CHINESE));
    }

    @Test
    void anExpressionWithoutWordsHasNone() {
        assertEquals(Optional.empty(), CronWords.describe("0 0 8 ? 1-6 MON", CHINESE));
        assertEquals(Optional.empty(), CronWords.describe("0 0 8,20 * * ?", CHINESE));
        assertEquals(Optional.empty(), CronWords.describe("0 0 8 ? * MON#2", CHINESE));
        assertEquals(Optional.empty(), CronWords.describe("0 0 8 * * ? 2027", CHINESE));
        assertEquals(Optional.empty(), CronWords.describe("nonsense", CHINESE));
        assertEquals(Optional.empty(), CronWords.describe(null, CHINESE));
    }

    private static String words(String cron, ResourceBundle bundle) {
        return CronWords.describe(cron, bundle).orElseThrow();
    }
}
