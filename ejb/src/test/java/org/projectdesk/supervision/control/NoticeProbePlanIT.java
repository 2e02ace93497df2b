package org.projectdesk.supervision.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.testing.Deployments;

/**
 * The scan's "never twice" is a lookup of the whole unique key (recipient, kind, source key) on either database,
 * whatever the statistics say. This test's database has small tables, never analysed where autovacuum is off:
 * the state in which PostgreSQL planned the probe on recipient and kind alone, or on the inbox index by
 * recipient, and read all of a recipient's notices for every change.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeProbePlanIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("notice-probe-plan-test");
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @Test
    void theOfficersRemindersLookUpTheWholeKey() {
        String plan = plan(NoticeRows.forDatabase(TimeLimitScan.REMIND_OFFICERS, database.kind()));

        if (database.kind() == DatabaseKind.POSTGRESQL) {
            assertTrue(plan.contains("Conflict Resolution: NOTHING") && plan.contains("Conflict Arbiter Indexes: uk_notification"),
                    plan);
            assertFalse(Pattern.compile("Scan .*on notification").matcher(plan).find(), plan);
        } else {
            String probe = plan.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            assertTrue(Pattern.compile("UK_NOTIFICATION_INDEX_[0-9A-F]+: [^*]*\\*/").matcher(probe).find(), plan);
            String lookup = probe.substring(probe.indexOf("UK_NOTIFICATION_INDEX_"), probe.indexOf("*/", probe.indexOf("UK_NOTIFICATION_INDEX_")));
            for (String column : List.of("RECIPIENT = ", "KIND = ", "SOURCE_KEY = ")) {
                assertTrue(lookup.contains(column), column + " in " + plan);
            }
        }
    }

    private String plan(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> lines = em.createNativeQuery("EXPLAIN " + sql).setParameter("scan", 1L)
                .setParameter("now", Instant.parse("2026-12-07T01:00:00Z")).setParameter("mailState", "NONE")
                .getResultList();
        return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
