package org.projectdesk.supervision.control;

import java.util.List;
import org.projectdesk.shared.control.DatabaseKind;

/**
 * The notification row as every writer fills it, in the two languages it is written in: JPQL in
 * {@code Notices.send}, the one boundary that writes a notice, and SQL in the time-limit scan, which
 * writes its notices set-based. The rules they share live here, side by side:
 * <ul>
 * <li><b>never twice</b>: an account is told of one cause ({@code source_key}) once per kind,
 *     whoever writes it and however often it is tried; the unique key {@code uk_notification}
 *     (recipient, kind, source_key) is the backstop that makes a race fail rather than repeat, and on
 *     PostgreSQL what the scan's INSERTs leave the decision to ({@link #forDatabase});</li>
 * <li><b>e-mail</b>: a notice waits for the outbox (PENDING) only when e-mail is on and the account
 *     has an address, otherwise NONE.</li>
 * </ul>
 * In both forms the account told is {@code a}. {@code NoticeRowsTest} holds the columns to the
 * entity's; CoordinationIT proves the two forms of "never twice" see each other's notices.
 */
public final class NoticeRows {

    /** The columns every writer fills (the reader fills read_at), in the order of the scan's INSERT. */
    public static final List<String> COLUMNS = List.of("recipient", "kind", "source_key", "project_id", "category_code",
            "department_code", "light", "body", "created_at", "email_state");

    /** SQL: the start of an {@code INSERT ... SELECT} of notices, naming {@link #COLUMNS}. */
    public static final String INSERT = "INSERT INTO notification (" + String.join(", ", COLUMNS) + ") ";

    /** SQL: the e-mail state of a notice to account {@code a}; {@code :mailState} is PENDING when e-mail is on, NONE when off. */
    public static final String EMAIL_STATE = "CASE WHEN a.email IS NOT NULL THEN :mailState ELSE 'NONE' END";

    /**
     * JPQL twin of {@link #notToldSql}: account {@code a} has no notice of kind {@code :kind} about
     * {@code :sourceKey} yet.
     */
    public static final String NOT_TOLD = "not exists (select n.id from Notification n where n.recipient = a.username"
            + " and n.kind = :kind and n.sourceKey = :sourceKey)";

    private NoticeRows() {
    }

    /**
     * SQL: account {@code a} has no notice of {@code kind} about {@code sourceKey} yet; both are SQL
     * expressions (a quoted kind, the expression that makes the key). The scan ends its INSERTs with it;
     * see {@link #forDatabase} for what PostgreSQL runs instead.
     */
    public static String notToldSql(String kind, String sourceKey) {
        return PROBE + "%s AND n.source_key = %s)".formatted(kind, sourceKey);
    }

    private static final String PROBE = "NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient = a.username AND n.kind = ";

    /**
     * A scan's notice INSERT, written to end with {@code AND} {@link #notToldSql}, as this database runs it. H2
     * looks the probe up by the whole unique key. PostgreSQL plans it as an anti-join from statistics, and where
     * they say an account has few notices (a table never analysed, or grown since) it looks up recipient and
     * kind alone, or the inbox index by recipient, and filters the source key: every candidate then reads all
     * of its recipient's notices (30,000 changes of one officer's projects, who had 30,000 reminders already,
     * took eight minutes in that one statement; in the two-node test, the scan after a recovered one never ended).
     * So on PostgreSQL the unique key itself decides, {@code ON CONFLICT ... DO NOTHING}: one lookup of the whole
     * key per candidate row, whatever the planner believes. A candidate left out there has drawn an id from
     * {@code notification_seq} all the same; ids stay in the order the notices were written.
     */
    public static String forDatabase(String insert, DatabaseKind kind) {
        int probe = insert.lastIndexOf(" AND " + PROBE);
        if (!insert.startsWith(INSERT) || probe < 0 || !endsAt(insert, probe + " AND ".length())) {
            throw new IllegalArgumentException("Not a notice INSERT ending with its probe: " + insert);
        }
        return kind == DatabaseKind.POSTGRESQL
                ? insert.substring(0, probe) + " ON CONFLICT ON CONSTRAINT uk_notification DO NOTHING"
                : insert;
    }

    /** Whether the parenthesis opened at the first one from {@code from} closes at the very end of {@code sql}. */
    private static boolean endsAt(String sql, int from) {
        int depth = 0;
        for (int i = sql.indexOf('(', from); i >= 0 && i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == sql.length() - 1;
            }
        }
        return false;
    }

    /** Java twin of {@link #EMAIL_STATE}: whether a notice to an account with this address waits for the outbox. */
    public static boolean byMail(boolean mailOn, String address) {
        return mailOn && address != null;
    }
}
