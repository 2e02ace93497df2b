package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import jakarta.ejb.EJBTransactionRolledbackException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.projectdesk.audit.entity.AuditEntry;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectType;

/** The entities' declared limits as the boundaries report them: the field named, the limit said. */
class LimitsTest {

    private static Enterprise enterprise(String name, String phone) {
        return new Enterprise("91320684MA1N7Q2K5Q", name, null, phone);
    }

    private static Project project(String name, BigDecimal investment) {
        return new Project("XF-2026-0099", "2026-320684-55-02-000199", name, enterprise("江海港务有限公司", null), investment,
                null, ProjectType.INFRASTRUCTURE, "HMGXQ", LandStatus.HELD, null, null, LocalDate.parse("2026-03-02"), 1,
                "officer1", Instant.parse("2026-03-02T01:00:00Z"));
    }

    @Test
    void aNameAtItsColumnsLengthFitsAndOneCharacterMoreIsRefusedNamingTheField() {
        assertEquals(List.of(), Limits.brokenBy(project("项".repeat(200), new BigDecimal("1000"))));

        List<RuleViolation> broken = Limits.brokenBy(project("项".repeat(201), new BigDecimal("1000")));

        assertEquals(1, broken.size(), broken::toString);
        assertEquals("name", broken.get(0).field());
        assertEquals("name may be at most 200 characters long", broken.get(0).getMessage());
        assertEquals("说明最多1000个字符", Limits.brokenBy(org.projectdesk.project.entity.ProgressNote.class, "text", "x".repeat(1001), "text").get(0)
                .message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("名称最多200个字符", broken.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anEnterpriseNestedInTheIntakeIsNamedAsTheRequestNestsIt() {
        List<RuleViolation> broken = Limits.brokenBy(enterprise("企".repeat(201), "0".repeat(31)));

        assertEquals(List.of("enterprise.contactPhone", "enterprise.name"), broken.stream().map(RuleViolation::field).toList());
        assertEquals("enterprise.contactPhone may be at most 30 characters long", broken.get(0).getMessage());
    }

    @Test
    void anInvestmentBeyondNumeric14And2IsRefusedWithItsDigits() {
        assertEquals(List.of(), Limits.brokenBy(project("码头二期", new BigDecimal("999999999999.99"))));
        for (String tooMuch : List.of("1e300", "12345678901234567890", "1000000000000", "1.234")) {
            List<RuleViolation> broken = Limits.brokenBy(project("码头二期", new BigDecimal(tooMuch)));
            assertEquals(List.of("investment"), broken.stream().map(RuleViolation::field).toList(), tooMuch);
            assertEquals("investment may have at most 12 digits before the decimal point and 2 after it",
                    broken.get(0).getMessage(), tooMuch);
        }
    }

    @Test
    void aRefusedFlushDeepInACommitFailureIsFoundAsTheFirstBrokenLimit() {
        Project tooLong = project("项".repeat(201), new BigDecimal("1000"));
        ConstraintViolationException refused = new ConstraintViolationException(
                new java.util.HashSet<>(Limits.validator().validate(tooLong)));
        Exception commit = new EJBTransactionRolledbackException("rolled back", new RuntimeException("commit", refused));

        RuleViolation found = Limits.brokenIn(commit).orElseThrow();

        assertEquals("name", found.field());
        assertEquals("input.tooLong", found.key());
        assertTrue(Limits.brokenIn(new RuntimeException("something else")).isEmpty());
        assertThrows(RuleViolation.class, () -> Limits.check(tooLong));
    }

    @Test
    void theHistoryShortensWhatItQuotesSoThatAChangeWithinTheLimitsIsNeverRefusedForItsDescription() {
        String after = "minutes=" + "纪".repeat(8000);

        AuditEntry entry = new AuditEntry(1L, Instant.parse("2026-03-02T01:00:00Z"), "officer1", "MEETING_CLOSED",
                "M-1", null, after, null, null);

        assertEquals(2000, entry.getAfter().length());
        assertTrue(entry.getAfter().startsWith("minutes=纪纪"), entry.getAfter().substring(0, 20));
        assertTrue(entry.getAfter().endsWith(Limits.TRUNCATED));
        assertEquals(List.of(), Limits.brokenBy(entry));
        assertEquals("short", Limits.shortened("short", 10));
        // A character outside the Basic Multilingual Plane is never cut in half.
        String emoji = "a" + "😀".repeat(10);
        String shortened = Limits.shortened(emoji, 8 + Limits.TRUNCATED.length());
        assertEquals("a😀😀😀" + Limits.TRUNCATED, shortened);
    }
}
