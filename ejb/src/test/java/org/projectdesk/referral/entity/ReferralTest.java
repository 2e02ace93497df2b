package org.projectdesk.referral.entity;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.calendar.control.HolidaySchedule;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.entity.DocumentType;
import org.projectdesk.shared.entity.StoredFile;

/** A referral's intake limit on the official 2026 calendar, what it must say, and its two ways out. */
class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final DueDates CALENDAR = calendar();

    private static DueDates calendar() {
        try (InputStream in = ReferralTest.class.getResourceAsStream("/config/calendar/cn-holidays-2024-2026.csv")) {
            HolidaySchedule schedule = HolidaySchedule.parse(in.readAllBytes());
            WorkingDays days = WorkingDays.of(schedule.years(), schedule.days());
            return days::dueDate;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReferralDetails details(String creditCode, LocalDate target) {
        return new ReferralDetails(" 海门港新区宏达新材料有限公司 ", creditCode, "年产5万吨新材料项目", new BigDecimal("85000.00"),
                "新材料", LandStatus.IN_TRANSFER, "港新区滨海路东侧约120亩", target, "张明", "13800000000", null);
    }

    private static Referral registered(LocalDate on, int days) {
        return new Referral("HMGXQ", details(null, null), on, TODAY, days, CALENDAR, "town-hmgxq", NOW);
    }

    private static RuleViolation refused(Runnable step) {
        return assertThrows(RuleViolation.class, step::run);
    }

    @ParameterizedTest(name = "registered {0} + {1} working days -> {2}")
    @CsvSource({
            // Counted from the next day: 1–7 Oct are the National Day holiday, Sat 10 Oct is worked.
            "2026-09-29, 2, 2026-10-08",
            "2026-09-30, 2, 2026-10-09",
            // Over a weekend: Thu 26 Nov + 2 = Mon 30 Nov.
            "2026-11-26, 2, 2026-11-30",
            "2026-11-20, 1, 2026-11-23"})
    void intakeIsDueInWorkingDaysFromTheNextDay(LocalDate on, int days, LocalDate due) {
        Referral referral = registered(on, days);
        assertEquals(due, referral.getDueOn());
        assertEquals(ReferralStatus.WAITING, referral.getStatus());
        assertEquals("海门港新区宏达新材料有限公司", referral.getEnterpriseName());
    }

    @Test
    void overdueOnlyWhileWaitingAndPastItsDay() {
        Referral referral = registered(parse("2026-11-20"), 2);
        assertEquals(parse("2026-11-24"), referral.getDueOn());
        assertFalse(referral.isOverdue(parse("2026-11-24")));
        assertTrue(referral.isOverdue(parse("2026-11-25")));
        referral.takeIn(41L, parse("2026-11-25"), TODAY, "officer1");
        assertFalse(referral.isOverdue(TODAY));
    }

    @Test
    void takenInNamesItsProject() {
        Referral referral = registered(parse("2026-11-24"), 2);
        referral.takeIn(41L, TODAY, TODAY, "officer1");
        assertEquals(ReferralStatus.TAKEN_IN, referral.getStatus());
        assertEquals(41L, referral.getProjectId());
        assertEquals(TODAY, referral.getDecidedOn());
        assertEquals("officer1", referral.getDecidedBy());
        assertEquals("status", refused(() -> referral.returnToTown("重复", TODAY, TODAY, "officer1")).field());
    }

    @Test
    void returnedWithItsReasonAndNeverTakenInAfterwards() {
        Referral referral = registered(parse("2026-11-24"), 2);
        assertEquals("reason", refused(() -> referral.returnToTown("  ", TODAY, TODAY, "officer1")).field());
        referral.returnToTown(" 投资额未达重大项目标准 ", TODAY, TODAY, "officer1");
        assertEquals(ReferralStatus.RETURNED, referral.getStatus());
        assertEquals("投资额未达重大项目标准", referral.getReturnReason());
        assertNull(referral.getProjectId());
        assertEquals("status", refused(() -> referral.takeIn(41L, TODAY, TODAY, "officer1")).field());
    }

    @Test
    void decisionDayNeitherBeforeTheReferralNorInTheFuture() {
        Referral referral = registered(parse("2026-11-24"), 2);
        assertEquals("on", refused(() -> referral.takeIn(41L, parse("2026-11-23"), TODAY, "officer1")).field());
        assertEquals("on", refused(() -> referral.takeIn(41L, TODAY.plusDays(1), TODAY, "officer1")).field());
        assertEquals("fileNo", refused(() -> referral.takeIn(null, TODAY, TODAY, "officer1")).field());
    }

    @Test
    void refusesWhatAReferralMustSayByItsField() {
        ReferralDetails ok = details(null, null);
        assertEquals("enterpriseName", refused(() -> new Referral("HMGXQ", new ReferralDetails(" ", null, "p",
                BigDecimal.TEN, null, LandStatus.HELD, null, null, "c", "1", null), TODAY, TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("investment", refused(() -> new Referral("HMGXQ", new ReferralDetails("e", null, "p",
                BigDecimal.ZERO, null, LandStatus.HELD, null, null, "c", "1", null), TODAY, TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("landStatus", refused(() -> new Referral("HMGXQ", new ReferralDetails("e", null, "p",
                BigDecimal.TEN, null, null, null, null, "c", "1", null), TODAY, TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("contactPhone", refused(() -> new Referral("HMGXQ", new ReferralDetails("e", null, "p",
                BigDecimal.TEN, null, LandStatus.HELD, null, null, "c", "", null), TODAY, TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("creditCode", refused(() -> new Referral("HMGXQ", details("91320684MA1N7Q2K5X", null), TODAY, TODAY, 2,
                CALENDAR, "t", NOW)).field());
        assertEquals("targetGroundbreaking", refused(() -> new Referral("HMGXQ", details(null, TODAY.minusDays(1)), TODAY,
                TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("registeredOn", refused(() -> new Referral("HMGXQ", ok, TODAY.plusDays(1), TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("dueDays", refused(() -> new Referral("HMGXQ", ok, TODAY, TODAY, 0, CALENDAR, "t", NOW)).field());
        assertEquals("townCode", refused(() -> new Referral(" ", ok, TODAY, TODAY, 2, CALENDAR, "t", NOW)).field());
        assertEquals("91320684MA1N7Q2K5Q", new Referral("HMGXQ", details("91320684MA1N7Q2K5Q", TODAY), TODAY, TODAY, 2,
                CALENDAR, "t", NOW).getCreditCode());
    }

    @Test
    void filesAreAttachedOnlyWhileTheReferralWaits() {
        Referral referral = registered(parse("2026-11-24"), 2);
        byte[] sha = new byte[32];
        String stored = "0f8fad5b-d9cb-469f-a165-70867728950e";
        ReferralAttachment attached = new ReferralAttachment(referral,
                new StoredFile("../项目简介.pdf", DocumentType.PDF, 120, sha, stored, "town-hmgxq", NOW));
        assertEquals("项目简介.pdf", attached.getFile().getFileName(), "no folders in a kept name");
        referral.returnToTown("材料不全", TODAY, TODAY, "officer1");
        assertEquals("status", refused(() -> new ReferralAttachment(referral,
                new StoredFile("补充.pdf", DocumentType.PDF, 120, sha, stored, "town-hmgxq", NOW))).field());
    }
}
