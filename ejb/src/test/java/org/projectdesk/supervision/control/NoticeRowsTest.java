package org.projectdesk.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.supervision.entity.Notification;

/**
 * The scan's notices and those of {@code Notices.send} are the same rows: the scan's INSERT names
 * every column the entity maps (but the id the database gives and read_at the reader sets), in the
 * entity's order; and both forms of "never twice" ask for the same three columns, the unique key.
 */
class NoticeRowsTest {

    @Test
    void theScanFillsEveryColumnTheEntityMaps() {
        List<String> mapped = new ArrayList<>();
        for (Field field : Notification.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && field.getAnnotation(Id.class) == null && !field.getName().equals("readAt")) {
                mapped.add(column.name().isEmpty() ? field.getName() : column.name());
            }
        }

        assertEquals(mapped, NoticeRows.COLUMNS);
        assertEquals("INSERT INTO notification (" + String.join(", ", mapped) + ") ", NoticeRows.INSERT);
    }

    @Test
    void bothFormsOfNeverTwiceAskForTheUniqueKey() {
        String sql = NoticeRows.notToldSql("'REMINDER'", "'change:1'");

        assertEquals("NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient = a.username AND n.kind = 'REMINDER'"
                + " AND n.source_key = 'change:1')", sql);
        assertTrue(NoticeRows.NOT_TOLD.contains("n.recipient = a.username and n.kind = :kind and n.sourceKey = :sourceKey"),
                NoticeRows.NOT_TOLD);
    }

    @Test
    void onPostgreSqlTheUniqueKeyDecidesInsteadOfTheProbe() {
        String insert = NoticeRows.INSERT + "SELECT a.username FROM account a WHERE a.enabled = TRUE AND "
                + NoticeRows.notToldSql("'REMINDER'", "CONCAT('change:', CAST(a.id AS VARCHAR(20)))");

        assertEquals(insert, NoticeRows.forDatabase(insert, DatabaseKind.H2));
        assertEquals(NoticeRows.INSERT + "SELECT a.username FROM account a WHERE a.enabled = TRUE"
                + " ON CONFLICT ON CONSTRAINT uk_notification DO NOTHING", NoticeRows.forDatabase(insert, DatabaseKind.POSTGRESQL));
    }

    @Test
    void onlyAnInsertEndingWithItsProbeIsRewritten() {
        String probe = NoticeRows.notToldSql("'REMINDER'", "'change:1'");

        for (String sql : List.of("SELECT 1 FROM account a WHERE a.enabled = TRUE AND " + probe,
                NoticeRows.INSERT + "SELECT a.username FROM account a WHERE a.enabled = TRUE",
                NoticeRows.INSERT + "SELECT a.username FROM account a WHERE a.enabled = TRUE AND " + probe + " AND a.id > 1")) {
            assertThrows(IllegalArgumentException.class, () -> NoticeRows.forDatabase(sql, DatabaseKind.POSTGRESQL), sql);
        }
    }

    @Test
    void aNoticeWaitsForTheOutboxOnlyWhenMailIsOnAndTheAccountHasAnAddress() {
        assertTrue(NoticeRows.byMail(true, "li.ming@example.test"));
        assertFalse(NoticeRows.byMail(true, null));
        assertFalse(NoticeRows.byMail(false, "li.ming@example.test"));
    }
}
