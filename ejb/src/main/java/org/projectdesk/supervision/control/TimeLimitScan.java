package org.projectdesk.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.WholeTableReads;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * The time-limit scan as a handful of set-based statements over every running matter, in the
 * caller's transaction. Working days are counted as differences of {@code working_day_ordinal}
 * rows, so nothing is loaded into Java. Each change of a matter's alert level is logged in
 * {@code light_change}; the notices follow from this scan's changes only, and the new levels are
 * stored in the same transaction, so a scan repeated (after a restart, a misfire catch-up, on
 * another node) finds nothing new and sends nothing twice. The statements are plain SQL that H2 and
 * PostgreSQL read alike, but for how a notice INSERT leaves out those already told
 * ({@link NoticeRows#forDatabase}).
 * <p>
 * Open and in-progress coordination problems past their due date are red too: the scan keeps their
 * level on the row ({@code alert_level}, marked with the scan that changed it), a project with one
 * is red whatever its matters, and the responsible departments' windows, the officer and the
 * director are told once ({@code PROBLEM_OVERDUE}), the leadership once it is overdue by more than
 * the leadership threshold ({@code PROBLEM_ESCALATED}). The open time limits of joint completion
 * acceptances are lit the same way as matters ({@code acceptance_deadline.alert_level}); red ones light
 * their project red and tell the officer and the director once ({@code ACCEPTANCE_OVERDUE}), the
 * leadership once past its threshold ({@code ACCEPTANCE_ESCALATED}); a pledge's party (the town's
 * accounts, or the enterprise's investors for the builder) hears when it falls due ({@code PLEDGE_DUE})
 * and when it is overdue.
 * <p>
 * A town's staff hear of their town's projects' red matters ({@code SUPERVISION}) and overdue problems
 * ({@code PROBLEM_OVERDUE}) as the director does, once each. A town's referral waiting for its intake is
 * lit the same way ({@code referral.alert_level}, its limit {@code due_days}); once red, the director,
 * the officers and the referring town are told once ({@code REFERRAL_OVERDUE}).
 */
@Dependent
public class TimeLimitScan {

    private static final Logger LOG = Logger.getLogger(TimeLimitScan.class.getName());

    /**
     * The alert level of a running matter in SQL, {@link LightRule} word for word: {@code matter}
     * names its row, {@code today} and {@code due} the ordinals of today and of its due date.
     */
    static String level(String matter, String today, String due) {
        return """
                CASE WHEN %1$s.due_on < :today THEN (CASE WHEN %2$s - %3$s > :leadershipAfterDays THEN 3 ELSE 2 END)
                     WHEN (CASE WHEN %1$s.green_channel THEN %1$s.green_channel_days ELSE %1$s.promised_days END) = 0 THEN 0
                     WHEN %3$s - %2$s <= :yellowDays
                       OR (%3$s - %2$s) * 100 <= :yellowPercent
                          * (CASE WHEN %1$s.green_channel THEN %1$s.green_channel_days ELSE %1$s.promised_days END) THEN 1
                     ELSE 0 END""".formatted(matter, today, due);
    }

    /**
     * {@link MatterStatus#RUNNING} as an SQL list, {@code ('ACCEPTED', 'IN_REVIEW')}: written into the
     * statements, not bound, so that PostgreSQL sees they match the partial indexes on running matters.
     */
    public static final String RUNNING = MatterStatus.RUNNING.stream().sorted().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private static final String CHANGES = """
            INSERT INTO light_change (scan_id, matter_id, project_id, category_code, department_code, from_level, to_level)
            SELECT :scan, x.id, x.project_id, x.category_code, x.department_code, x.alert_level, x.lvl FROM (
                SELECT m.id, m.project_id, m.category_code, m.department_code, m.alert_level, %s AS lvl
                FROM approval_matter m
                JOIN working_day_ordinal d ON d.day_on = m.due_on
                JOIN working_day_ordinal t ON t.day_on = :today
                WHERE m.status IN %s) x
            WHERE x.alert_level IS NULL OR x.alert_level <> x.lvl""".formatted(level("m", "t.ordinal", "d.ordinal"), RUNNING);

    /**
     * The judging pass without its writes: how many matters run, and how many of them {@link #CHANGES} would log.
     * A steady scan (the most common: nothing changed in a quarter of an hour) reads the running matters once,
     * here, and counts them on the way; only a scan that finds changes reads them again to log them.
     */
    private static final String JUDGED = """
            SELECT COUNT(*), SUM(CASE WHEN x.due_ordinal IS NOT NULL AND (x.alert_level IS NULL OR x.alert_level <> x.lvl)
                                      THEN 1 ELSE 0 END) FROM (
                SELECT m.alert_level, d.ordinal AS due_ordinal, %s AS lvl
                FROM approval_matter m
                LEFT JOIN working_day_ordinal d ON d.day_on = m.due_on
                JOIN working_day_ordinal t ON t.day_on = :today
                WHERE m.status IN %s) x""".formatted(level("m", "t.ordinal", "d.ordinal"), RUNNING);

    private static final String CLEARED = """
            INSERT INTO light_change (scan_id, matter_id, project_id, category_code, department_code, from_level, to_level)
            SELECT :scan, m.id, m.project_id, m.category_code, m.department_code, m.alert_level, NULL FROM approval_matter m
            WHERE m.alert_level IS NOT NULL AND m.status NOT IN %s""".formatted(RUNNING);

    /**
     * The logged levels written onto their matters. The level is judged again on the row (two
     * primary-key lookups of ordinals) rather than read back from the log by a correlated subquery,
     * whose plan the database cannot know while the transaction that filled the log is still open.
     */
    private static final String APPLY = """
            UPDATE approval_matter SET alert_changed_at = :now, alert_level = %s
            WHERE id IN (SELECT c.matter_id FROM light_change c WHERE c.scan_id = :scan AND c.to_level IS NOT NULL)"""
            .formatted(level("approval_matter", ":todayOrdinal",
                    "(SELECT o.ordinal FROM working_day_ordinal o WHERE o.day_on = approval_matter.due_on)"));

    private static final String APPLY_CLEARED = """
            UPDATE approval_matter SET alert_changed_at = :now, alert_level = NULL
            WHERE id IN (SELECT c.matter_id FROM light_change c WHERE c.scan_id = :scan AND c.to_level IS NULL)""";

    /**
     * A running matter's statutory due date while its flag is not set, else NULL: the flag is to be set once
     * this lies before today. On PostgreSQL an expression index of this very expression (V36) carries its own
     * statistics, so the planner knows how few rows lie before today and looks them up, where a condition on
     * the columns alone (half the rows are past their statutory date, half have the flag) read the table.
     */
    static final String STATUTORY_TO_SET =
            "CASE WHEN statutory_overdue = FALSE AND status IN %s THEN statutory_due_on END".formatted(RUNNING);

    /**
     * For a matter whose flag is set, the date from which it no longer holds: its statutory due date while it
     * runs, never-ending otherwise (stopped, or no statutory date), so that the flag is to be cleared once this
     * is today or later; NULL for a matter without the flag. Indexed likewise (V36).
     */
    static final String STATUTORY_TO_CLEAR = """
            CASE WHEN statutory_overdue = TRUE
                 THEN (CASE WHEN status IN %s THEN COALESCE(statutory_due_on, DATE '9999-12-31')
                            ELSE DATE '9999-12-31' END) END""".formatted(RUNNING);

    private static final String STATUTORY_BROKEN =
            "UPDATE approval_matter SET statutory_overdue = TRUE WHERE " + STATUTORY_TO_SET + " < :today";

    private static final String STATUTORY_CLEARED =
            "UPDATE approval_matter SET statutory_overdue = FALSE WHERE " + STATUTORY_TO_CLEAR + " >= :today";

    /**
     * The baseline an administrator may choose for an imported ledger: every running matter that never had a
     * light gets its first one, and its statutory flag, in one pass and without a log entry, so no notice
     * follows (as if the office had always known). The level by {@link #level}, the due date's ordinal looked up
     * once per row; a due date outside the calendar is left unlit, as the judging pass leaves it.
     */
    private static final String BASELINE = """
            UPDATE approval_matter SET alert_changed_at = :now,
                   statutory_overdue = CASE WHEN statutory_due_on < :today THEN TRUE ELSE FALSE END,
                   alert_level = (SELECT %s FROM working_day_ordinal d WHERE d.day_on = approval_matter.due_on)
            WHERE status IN %s AND alert_level IS NULL
              AND due_on BETWEEN (SELECT MIN(o.day_on) FROM working_day_ordinal o)
                             AND (SELECT MAX(o.day_on) FROM working_day_ordinal o)"""
            .formatted(level("approval_matter", ":todayOrdinal", "d.ordinal"), RUNNING);

    /** The cause of a light-change notice: the change logged by this scan. */
    private static final String CHANGE_KEY = "CONCAT('change:', CAST(c.id AS VARCHAR(20)))";

    /** The change's matter named from the log itself (V44): a notice statement reads no matter row. */
    private static final String NOTICE_VALUES = """
            SELECT a.username, '%s', %s, c.project_id, c.category_code,
                   c.department_code, CASE WHEN c.to_level = 1 THEN 'YELLOW' ELSE 'RED' END, NULL, :now, %s
            FROM light_change c
            """;

    /** The change's project, for the notices whose recipients follow from it (its officer, its town). */
    private static final String CHANGE_PROJECT = " JOIN project p ON p.id = c.project_id";

    /** A light-change notice of {@code kind}, selected from the changes, to the accounts the joins that follow name. */
    private static String changeNotice(String kind) {
        return NoticeRows.INSERT + NOTICE_VALUES.formatted(kind, CHANGE_KEY, NoticeRows.EMAIL_STATE);
    }

    /** The changes of this scan that reached {@code level}, to accounts not told of them yet. */
    private static String crossed(int level, String kind) {
        return " WHERE c.scan_id = :scan AND c.to_level >= %d AND COALESCE(c.from_level, 0) < %d AND %s"
                .formatted(level, level, NoticeRows.notToldSql("'" + kind + "'", CHANGE_KEY));
    }

    private static final String ROLE_ACCOUNTS =
            " JOIN account a ON a.enabled = TRUE JOIN account_role r ON r.account_id = a.id AND r.role = '%s'";

    /** 催办 to the handling department's window accounts, on reaching yellow (or red at once). */
    private static final String REMIND_DEPARTMENTS = changeNotice("REMINDER")
            + ROLE_ACCOUNTS.formatted("DEPARTMENT") + " AND a.department_code = c.department_code"
            + crossed(1, "REMINDER");

    /** 催办 to the project's officer; not twice to an officer who is also the department's window. */
    static final String REMIND_OFFICERS = changeNotice("REMINDER") + CHANGE_PROJECT
            + " JOIN account a ON a.username = p.officer AND a.enabled = TRUE" + crossed(1, "REMINDER");

    /** 督办 to the director, on reaching red. */
    private static final String SUPERVISE = changeNotice("SUPERVISION")
            + ROLE_ACCOUNTS.formatted("DIRECTOR") + crossed(2, "SUPERVISION");

    /** To the leadership, once red has lasted more than the configured working days. */
    private static final String ESCALATE = changeNotice("LEADERSHIP")
            + ROLE_ACCOUNTS.formatted("LEADER") + crossed(3, "LEADERSHIP");

    private static final String CONVERSION_KEY = "CONCAT('conversion:', CAST(m.id AS VARCHAR(20)))";

    /** A simulated approval not converted in time: its officer is told, once. */
    private static final String CONVERSION_DUE_NOTICES = NoticeRows.INSERT + """
            SELECT a.username, 'CONVERSION_DUE', %1$s, m.project_id,
                   m.category_code, m.department_code, NULL, NULL, :now, %2$s
            FROM approval_matter m
            JOIN project p ON p.id = m.project_id
            JOIN account a ON a.username = p.officer AND a.enabled = TRUE
            JOIN working_day_ordinal s ON s.day_on = m.simulated_on
            JOIN working_day_ordinal t ON t.day_on = :today
            WHERE m.status = 'SIMULATED' AND m.conversion_overdue = FALSE AND t.ordinal - s.ordinal > :conversionDays
              AND %3$s""".formatted(CONVERSION_KEY, NoticeRows.EMAIL_STATE,
            NoticeRows.notToldSql("'CONVERSION_DUE'", CONVERSION_KEY));

    private static final String CONVERSION_DUE = """
            UPDATE approval_matter SET conversion_overdue = TRUE
            WHERE status = 'SIMULATED' AND conversion_overdue = FALSE AND EXISTS (
                SELECT 1 FROM working_day_ordinal s, working_day_ordinal t
                WHERE s.day_on = approval_matter.simulated_on AND t.day_on = :today AND t.ordinal - s.ordinal > :conversionDays)""";

    private static final String PENDING_PROBLEM = "('OPEN', 'IN_PROGRESS')";

    /**
     * A coordination problem's level: open or in progress and past its due date, 2 (red), or 3 once
     * overdue by more than the leadership threshold in working days; NULL otherwise (coordination
     * problems have no yellow).
     */
    private static final String PROBLEM_LEVEL = """
            CASE WHEN coordination_problem.status IN %s AND coordination_problem.due_on < :today
                 THEN (CASE WHEN :todayOrdinal - (SELECT o.ordinal FROM working_day_ordinal o
                                                  WHERE o.day_on = coordination_problem.due_on) > :leadershipAfterDays
                            THEN 3 ELSE 2 END) END""".formatted(PENDING_PROBLEM);

    /**
     * The problems whose level changed take the new one, marked with this scan (so that their
     * projects' lights are judged again below). Only lit or newly overdue rows are looked at.
     */
    private static final String PROBLEM_LIGHTS = """
            UPDATE coordination_problem SET alert_scan = :scan, alert_level = %1$s
            WHERE (alert_level IS NOT NULL OR (status IN %2$s AND due_on < :today))
              AND COALESCE(alert_level, 0) <> COALESCE(%1$s, 0)""".formatted(PROBLEM_LEVEL, PENDING_PROBLEM);

    private static final String PROBLEM_KEY = "CONCAT('problem:', CAST(q.id AS VARCHAR(20)))";

    private static final String PROBLEM_NOTICE = NoticeRows.INSERT + """
            SELECT a.username, '%%1$s', %1$s, q.project_id, NULL, %%2$s, 'RED',
                   q.description, :now, %2$s
            FROM coordination_problem q
            JOIN project p ON p.id = q.project_id
            """.formatted(PROBLEM_KEY, NoticeRows.EMAIL_STATE);

    /**
     * Problem notices follow from the problem's state, not from a change: every lit problem is looked
     * at, and a recipient already told of it (same kind, {@code problem:<id>}, by this scan or by
     * hand) is left out, so reruns, and a problem that goes back and forth, never tell anybody twice.
     */
    private static String problemLit(int level, String kind) {
        return " WHERE q.status IN " + PENDING_PROBLEM + " AND q.alert_level >= " + level + " AND "
                + NoticeRows.notToldSql("'" + kind + "'", PROBLEM_KEY);
    }

    /** Some problem a notice below could be about: every one of them asks for a pending problem lit red or more. */
    private static final String PROBLEMS_LIT = "SELECT q.id FROM coordination_problem q WHERE q.status IN "
            + PENDING_PROBLEM + " AND q.alert_level >= 2";

    /** An overdue problem: to the windows of each responsible department. */
    private static final String PROBLEM_OVERDUE_DEPARTMENTS = PROBLEM_NOTICE.formatted("PROBLEM_OVERDUE", "a.department_code")
            + " JOIN coordination_problem_department d ON d.problem_id = q.id"
            + ROLE_ACCOUNTS.formatted("DEPARTMENT") + " AND a.department_code = d.department_code"
            + problemLit(2, "PROBLEM_OVERDUE");

    /** An overdue problem: to the project's officer. */
    private static final String PROBLEM_OVERDUE_OFFICER = PROBLEM_NOTICE.formatted("PROBLEM_OVERDUE", "NULL")
            + " JOIN account a ON a.username = p.officer AND a.enabled = TRUE" + problemLit(2, "PROBLEM_OVERDUE");

    /** An overdue problem: to the director. */
    private static final String PROBLEM_OVERDUE_DIRECTOR = PROBLEM_NOTICE.formatted("PROBLEM_OVERDUE", "NULL")
            + ROLE_ACCOUNTS.formatted("DIRECTOR") + problemLit(2, "PROBLEM_OVERDUE");

    /** A problem overdue beyond the leadership threshold: to the leadership (as when someone escalates it). */
    private static final String PROBLEM_ESCALATED = PROBLEM_NOTICE.formatted("PROBLEM_ESCALATED", "NULL")
            + ROLE_ACCOUNTS.formatted("LEADER") + problemLit(3, "PROBLEM_ESCALATED");

    /**
     * An open time limit of a joint completion acceptance (acceptance_deadline: its pre-review,
     * inspection, findings, re-inspection, pledges, the whole case): {@link LightRule} word for word
     * on its due date and limit in working days, as for a matter; NULL once met or closed.
     */
    private static final String DEADLINE_LEVEL = """
            CASE WHEN acceptance_deadline.met_on IS NOT NULL OR acceptance_deadline.closed = TRUE THEN NULL
                 WHEN acceptance_deadline.due_on < :today
                 THEN (CASE WHEN :todayOrdinal - (SELECT o.ordinal FROM working_day_ordinal o
                                                  WHERE o.day_on = acceptance_deadline.due_on) > :leadershipAfterDays
                            THEN 3 ELSE 2 END)
                 WHEN (SELECT o.ordinal FROM working_day_ordinal o WHERE o.day_on = acceptance_deadline.due_on)
                      - :todayOrdinal <= :yellowDays
                   OR ((SELECT o.ordinal FROM working_day_ordinal o WHERE o.day_on = acceptance_deadline.due_on)
                      - :todayOrdinal) * 100 <= :yellowPercent * acceptance_deadline.limit_days THEN 1
                 ELSE 0 END""";

    /** The acceptance limits whose level changed take the new one, marked with this scan. */
    private static final String DEADLINE_LIGHTS = """
            UPDATE acceptance_deadline SET alert_scan = :scan, alert_level = %1$s
            WHERE (alert_level IS NOT NULL OR (met_on IS NULL AND closed = FALSE))
              AND COALESCE(alert_level, -1) <> COALESCE(%1$s, -1)""".formatted(DEADLINE_LEVEL);

    private static final String DEADLINE_KEY = "CONCAT('acceptance:', CAST(x.id AS VARCHAR(20)))";

    private static final String DEADLINE_NOTICE = NoticeRows.INSERT + """
            SELECT a.username, '%%1$s', %1$s, x.project_id, NULL, NULL, 'RED', x.kind, :now, %2$s
            FROM acceptance_deadline x
            JOIN project p ON p.id = x.project_id
            """.formatted(DEADLINE_KEY, NoticeRows.EMAIL_STATE);

    /** Like a problem's, an acceptance limit's notices follow from its state: each recipient is told once. */
    private static String deadlineLit(int level, String kind) {
        return " WHERE x.met_on IS NULL AND x.closed = FALSE AND x.alert_level >= " + level + " AND "
                + NoticeRows.notToldSql("'" + kind + "'", DEADLINE_KEY);
    }

    /** Some acceptance limit a notice below could be about: each asks for an open one lit yellow or more. */
    private static final String DEADLINES_LIT = "SELECT x.id FROM acceptance_deadline x"
            + " WHERE x.met_on IS NULL AND x.closed = FALSE AND x.alert_level >= 1";

    /** An overdue acceptance limit: to the project's officer. */
    private static final String ACCEPTANCE_OVERDUE_OFFICER = DEADLINE_NOTICE.formatted("ACCEPTANCE_OVERDUE")
            + " JOIN account a ON a.username = p.officer AND a.enabled = TRUE" + deadlineLit(2, "ACCEPTANCE_OVERDUE");

    /** An overdue acceptance limit: to the director (督办). */
    private static final String ACCEPTANCE_OVERDUE_DIRECTOR = DEADLINE_NOTICE.formatted("ACCEPTANCE_OVERDUE")
            + ROLE_ACCOUNTS.formatted("DIRECTOR") + deadlineLit(2, "ACCEPTANCE_OVERDUE");

    /** A pledge's party: the town's accounts for a town's pledge, the enterprise's investors for the builder's. */
    private static final String PLEDGE_PARTY = """
            JOIN acceptance_pledge pl ON pl.id = x.pledge_id
            JOIN acceptance_case c ON c.id = x.case_id
            JOIN account a ON a.enabled = TRUE
             AND (pl.party = 'TOWN' AND a.town_code = c.town_code OR pl.party = 'BUILDER' AND a.enterprise_code = c.enterprise_code)
            JOIN account_role r ON r.account_id = a.id AND r.role = CASE WHEN pl.party = 'TOWN' THEN 'TOWN' ELSE 'INVESTOR' END""";

    /** A pledge falling due (yellow, or red at once): to the party that pledged, once. */
    private static final String PLEDGE_DUE_PARTY = DEADLINE_NOTICE.formatted("PLEDGE_DUE") + PLEDGE_PARTY
            + deadlineLit(1, "PLEDGE_DUE");

    /** An overdue pledge: to the party that pledged too. */
    private static final String ACCEPTANCE_OVERDUE_PARTY = DEADLINE_NOTICE.formatted("ACCEPTANCE_OVERDUE") + PLEDGE_PARTY
            + deadlineLit(2, "ACCEPTANCE_OVERDUE");

    /** Overdue beyond the leadership threshold (an overdue pledge among them): to the leadership, once. */
    private static final String ACCEPTANCE_ESCALATED = DEADLINE_NOTICE.formatted("ACCEPTANCE_ESCALATED")
            + ROLE_ACCOUNTS.formatted("LEADER") + deadlineLit(3, "ACCEPTANCE_ESCALATED");

    /** The staff accounts (role TOWN) of the project's town. */
    private static final String PROJECT_TOWN_ACCOUNTS = " JOIN account a ON a.enabled = TRUE AND a.town_code = p.town_code"
            + " JOIN account_role r ON r.account_id = a.id AND r.role = 'TOWN'";

    /** A matter turned red: the project's town is told too (the SUPERVISION notice, once). */
    private static final String SUPERVISE_TOWNS = changeNotice("SUPERVISION") + CHANGE_PROJECT + PROJECT_TOWN_ACCOUNTS
            + crossed(2, "SUPERVISION");

    /** An overdue coordination problem: to the project's town too. */
    private static final String PROBLEM_OVERDUE_TOWNS = PROBLEM_NOTICE.formatted("PROBLEM_OVERDUE", "NULL")
            + PROJECT_TOWN_ACCOUNTS + problemLit(2, "PROBLEM_OVERDUE");

    /**
     * A town's referral waiting for its intake: {@link LightRule} word for word on its due date and its
     * limit in working days, as an acceptance's limit; NULL once taken in or returned.
     */
    private static final String REFERRAL_LEVEL = """
            CASE WHEN referral.status <> 'WAITING' THEN NULL
                 WHEN referral.due_on < :today
                 THEN (CASE WHEN :todayOrdinal - (SELECT o.ordinal FROM working_day_ordinal o
                                                  WHERE o.day_on = referral.due_on) > :leadershipAfterDays
                            THEN 3 ELSE 2 END)
                 WHEN (SELECT o.ordinal FROM working_day_ordinal o WHERE o.day_on = referral.due_on)
                      - :todayOrdinal <= :yellowDays
                   OR ((SELECT o.ordinal FROM working_day_ordinal o WHERE o.day_on = referral.due_on)
                      - :todayOrdinal) * 100 <= :yellowPercent * referral.due_days THEN 1
                 ELSE 0 END""";

    /** The referrals whose level changed take the new one, marked with this scan. */
    private static final String REFERRAL_LIGHTS = """
            UPDATE referral SET alert_scan = :scan, alert_level = %1$s
            WHERE (alert_level IS NOT NULL OR status = 'WAITING')
              AND COALESCE(alert_level, -1) <> COALESCE(%1$s, -1)""".formatted(REFERRAL_LEVEL);

    private static final String REFERRAL_KEY = "CONCAT('referral:', CAST(x.id AS VARCHAR(20)))";

    /**
     * A referral waiting past its due day: to the director and the officers (who take referrals in) and
     * to the referring town's staff, each once. Its body is the referral's id and its project's name on
     * two lines, as {@code Referrals} writes its own notices. An account is selected once whatever roles
     * it has, so that one statement never writes it two rows.
     */
    private static final String REFERRAL_OVERDUE = NoticeRows.INSERT + """
            SELECT a.username, 'REFERRAL_OVERDUE', %1$s, NULL, NULL, NULL, 'RED',
                   CONCAT(CAST(x.id AS VARCHAR(20)), '\n', x.project_name), :now, %2$s
            FROM referral x
            JOIN account a ON a.enabled = TRUE AND (
                 EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN ('DIRECTOR', 'OFFICER'))
              OR a.town_code = x.town_code AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'TOWN'))
            WHERE x.status = 'WAITING' AND x.alert_level >= 2 AND %3$s""".formatted(REFERRAL_KEY, NoticeRows.EMAIL_STATE,
            NoticeRows.notToldSql("'REFERRAL_OVERDUE'", REFERRAL_KEY));

    /**
     * A project's light by {@link ProjectLightRule}, in SQL: its worst running matter and overdue
     * problem, and for a green-channel project in approval its window (red once today is past the
     * window's last working day, yellow while a running matter is due after it).
     */
    private static final String PROJECT_LEVEL = """
            CASE
                WHEN EXISTS (SELECT 1 FROM coordination_problem q WHERE q.project_id = project.id AND q.alert_level >= 2) THEN 2
                WHEN EXISTS (SELECT 1 FROM acceptance_deadline x WHERE x.project_id = project.id AND x.alert_level >= 2) THEN 2
                WHEN project.green_channel = 'GRANTED' AND project.status IN ('ACCEPTED', 'IN_APPROVAL')
                THEN GREATEST(COALESCE((SELECT MAX(CASE WHEN m.alert_level > 2 THEN 2 ELSE m.alert_level END)
                                        FROM approval_matter m WHERE m.project_id = project.id), 0),
                    COALESCE((SELECT CASE WHEN t.ordinal > f.ordinal + :windowTo THEN 2
                                          WHEN EXISTS (SELECT 1 FROM approval_matter m JOIN working_day_ordinal d ON d.day_on = m.due_on
                                                       WHERE m.project_id = project.id AND m.status IN %s
                                                       AND d.ordinal > f.ordinal + :windowTo) THEN 1
                                          ELSE 0 END
                              FROM working_day_ordinal f, working_day_ordinal t
                              WHERE t.day_on = :today AND f.day_on = (SELECT MIN(m.accepted_on) FROM approval_matter m
                                                                     WHERE m.project_id = project.id)), 0))
                ELSE (SELECT MAX(CASE WHEN m.alert_level > 2 THEN 2 ELSE m.alert_level END)
                      FROM approval_matter m WHERE m.project_id = project.id) END""".formatted(RUNNING);

    /**
     * {@link #PROJECT_LEVEL} judged again for the projects this scan changed, and on the day's first scan for every
     * green-channel project in approval (whose window moves with the days, not with the scans); after a baseline, for
     * every project (the baseline logs no changes to find them by). Only the projects whose light this changes are
     * written: most of a day's matter changes leave their project's light as it was (a yellow matter in a red
     * project), and each rewrite of a project row costs an entry in every index of the table when its page has no
     * room. The level is judged twice for those (in the condition and the value); it is a few index lookups.
     */
    private static final String PROJECT_LIGHTS = """
            UPDATE project SET light_level = %1$s
            WHERE (id IN (SELECT c.project_id FROM light_change c WHERE c.scan_id = :scan)
               OR id IN (SELECT q.project_id FROM coordination_problem q WHERE q.alert_scan = :scan)
               OR id IN (SELECT x.project_id FROM acceptance_deadline x WHERE x.alert_scan = :scan)
               OR (:newDay = TRUE AND green_channel = 'GRANTED' AND status IN ('ACCEPTED', 'IN_APPROVAL'))
               OR :baseline = TRUE)
              AND light_level IS DISTINCT FROM %1$s""".formatted(PROJECT_LEVEL);

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    /** What one scan did: {@code baselined} matters lit for the first time without notices, besides the changes. */
    public record Outcome(int running, int baselined, int changes, int notices, int projects) {
    }

    /** A scan that notifies every change, the usual one. */
    public Outcome run(long scan, LocalDate today, boolean newDay, Instant now, SupervisionSettings settings,
            String mailState) {
        return run(scan, today, newDay, false, now, settings, mailState);
    }

    /**
     * Runs the scan for {@code today} under the thresholds ({@code newDay} on the day's first scan;
     * {@code baseline} when an administrator chose that the never-lit matters be lit without notices);
     * {@code mailState} is PENDING when
     * e-mail is on (the outbox sends the notices of recipients with an address), NONE when off.
     */
    public Outcome run(long scan, LocalDate today, boolean newDay, boolean baseline, Instant now,
            SupervisionSettings settings, String mailState) {
        Map<String, Object> thresholds = Map.of("today", today, "yellowDays", settings.getYellowDays(),
                "yellowPercent", settings.getYellowPercent(), "leadershipAfterDays", settings.getLeadershipAfterDays());
        Number todayOrdinal = (Number) em.createNativeQuery("SELECT ordinal FROM working_day_ordinal WHERE day_on = :today")
                .setParameter("today", today).getResultList().stream().findFirst().orElse(null);
        if (todayOrdinal == null) {
            // Today lies past even the provisional years (three past the last official one): nothing can
            // be judged. Never silently: the log says so at every scan, the banner and notices say which year.
            LOG.severe(() -> "Time-limit scan for " + today + " judged nothing: " + today.getYear()
                    + " is beyond the calendar; import its official holiday schedule");
            return new Outcome(0, 0, 0, 0, 0);
        }
        WholeTableReads.prepare(em, database.kind());
        int baselined = 0;
        if (baseline) {
            Map<String, Object> lit = new java.util.HashMap<>(thresholds);
            lit.put("now", now);
            lit.put("todayOrdinal", todayOrdinal.intValue());
            baselined = update(BASELINE, lit);
            LOG.info(() -> "Time-limit scan " + scan + ": baseline, first lights without notices");
        }
        Map<String, Object> judged = new java.util.HashMap<>(thresholds);
        judged.put("scan", scan);
        Object[] counted = (Object[]) bind(em.createNativeQuery(JUDGED), thresholds).getSingleResult();
        int running = ((Number) counted[0]).intValue();
        int lit = counted[1] == null || ((Number) counted[1]).intValue() == 0 ? 0 : update(CHANGES, judged);
        int cleared = update(CLEARED, Map.of("scan", scan));
        int changes = lit + cleared;
        Map<String, Object> applied = new java.util.HashMap<>(thresholds);
        applied.put("now", now);
        applied.put("todayOrdinal", todayOrdinal.intValue());
        applied.put("scan", scan);
        // A statement that reads only this scan's log is not run when the log has nothing for it (most scans):
        // it could find nothing, and on a small office such statements are most of a steady scan's time.
        int appliedRows = (lit == 0 ? 0 : update(APPLY, applied))
                + (cleared == 0 ? 0 : update(APPLY_CLEARED, Map.of("now", now, "scan", scan)));
        if (appliedRows != changes) {
            throw new IllegalStateException("The scan logged " + changes + " changes but applied " + appliedRows);
        }
        update(STATUTORY_BROKEN, Map.of("today", today));
        update(STATUTORY_CLEARED, Map.of("today", today));
        Map<String, Object> notice = Map.of("scan", scan, "now", now, "mailState", mailState);
        int notices = lit == 0 ? 0 : notify(REMIND_DEPARTMENTS, notice) + notify(REMIND_OFFICERS, notice)
                + notify(SUPERVISE, notice) + notify(ESCALATE, notice);
        Map<String, Object> conversion = Map.of("today", today, "now", now, "mailState", mailState,
                "conversionDays", settings.getConversionDays());
        notices += notify(CONVERSION_DUE_NOTICES, conversion);
        update(CONVERSION_DUE, Map.of("today", today, "conversionDays", settings.getConversionDays()));
        int problemChanges = update(PROBLEM_LIGHTS, Map.of("scan", scan, "today", today,
                "todayOrdinal", todayOrdinal.intValue(), "leadershipAfterDays", settings.getLeadershipAfterDays()));
        changes += problemChanges;
        // Problem and acceptance notices follow from the state, not this scan's changes: asked for while any is lit.
        boolean problemsLit = any(PROBLEMS_LIT);
        Map<String, Object> problemNotice = Map.of("now", now, "mailState", mailState);
        if (problemsLit) {
            notices += notify(PROBLEM_OVERDUE_DEPARTMENTS, problemNotice) + notify(PROBLEM_OVERDUE_OFFICER, problemNotice)
                    + notify(PROBLEM_OVERDUE_DIRECTOR, problemNotice) + notify(PROBLEM_ESCALATED, problemNotice);
        }
        Map<String, Object> deadlines = new java.util.HashMap<>(thresholds);
        deadlines.put("scan", scan);
        deadlines.put("todayOrdinal", todayOrdinal.intValue());
        int deadlineChanges = update(DEADLINE_LIGHTS, deadlines);
        changes += deadlineChanges;
        if (any(DEADLINES_LIT)) {
            notices += notify(ACCEPTANCE_OVERDUE_OFFICER, problemNotice) + notify(ACCEPTANCE_OVERDUE_DIRECTOR, problemNotice)
                    + notify(ACCEPTANCE_ESCALATED, problemNotice) + notify(PLEDGE_DUE_PARTY, problemNotice)
                    + notify(ACCEPTANCE_OVERDUE_PARTY, problemNotice);
        }
        notices += (lit == 0 ? 0 : notify(SUPERVISE_TOWNS, notice))
                + (problemsLit ? notify(PROBLEM_OVERDUE_TOWNS, problemNotice) : 0);
        changes += update(REFERRAL_LIGHTS, deadlines);
        notices += notify(REFERRAL_OVERDUE, problemNotice);
        // The projects to judge again are those of this scan's matter, problem and acceptance changes, the green
        // channel's on a new day, every one after a baseline: none when all of these are none.
        int projects = lit + cleared + problemChanges + deadlineChanges == 0 && !newDay && !baseline ? 0
                : update(PROJECT_LIGHTS, Map.of("scan", scan, "today", today, "windowTo", settings.getGreenWindowTo(),
                        "newDay", newDay, "baseline", baseline));
        return new Outcome(running, baselined, changes, notices, projects);
    }

    /** Whether the query finds a row. */
    private boolean any(String sql) {
        return !em.createNativeQuery(sql).setMaxResults(1).getResultList().isEmpty();
    }

    /** A notice INSERT, which keeps "never twice" as this database can be trusted to ({@link NoticeRows#forDatabase}). */
    private int notify(String insert, Map<String, Object> parameters) {
        return update(NoticeRows.forDatabase(insert, database.kind()), parameters);
    }

    private int update(String sql, Map<String, Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
