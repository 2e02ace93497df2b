package org.projectdesk.shared.control;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write that lost a race with another transaction: a unique key taken at the same moment, a row
 * locked too long, or a row changed between reading and writing it. It is recognised anywhere in the
 * cause chain of a failure, as the database reports it (SQL state) or as JPA and Hibernate do,
 * including at commit, where the container wraps it in a rolled-back transaction. The caller's
 * request was sound; it met someone else's, so the answer is 409 and nothing of it was written.
 *
 * <p>The one place that tells such a failure from our own fault: the REST problem mapper and the
 * pages' {@code Attempt} both ask it.
 */
public record WriteConflict(Kind kind, String constraint) {

    public enum Kind {
        /** A unique key (named by {@link #constraint()} when the database says which) was taken meanwhile. */
        DUPLICATE_KEY,
        /** A row stayed locked by another transaction past the lock timeout, or the database broke a deadlock. */
        LOCKED,
        /** The row was changed or deleted by another transaction after it was read. */
        CHANGED
    }

    private static final String UNIQUE_VIOLATION = "23505";
    /** Serialization failure (PostgreSQL) and deadlock (H2), PostgreSQL's deadlock, lock not available, H2's lock timeout. */
    private static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "55P03", "HYT00");
    /** H2: another transaction changed or deleted the same row, or holds a conflicting uncommitted key. */
    private static final String H2_CONCURRENT_UPDATE = "90131";
    private static final Pattern UNIQUE_KEY = Pattern.compile("\\b(uk_[a-z0-9_]*[a-z0-9])");
    private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_index_[a-z0-9]+$");

    /** The unique keys a request can race on, by the request field that carries the key. */
    private static final Map<String, String> FIELDS = Map.of(
            "uk_account_username", "username",
            "uk_enterprise_credit_code", "enterprise.creditCode",
            "uk_project_code", "projectCode",
            "uk_meeting_opinion", "departmentCode",
            "uk_weekly_report_week", "week",
            "uk_partial_acceptance", "categoryCode");

    /** The conflict behind {@code thrown}, if a lost race is what made it fail. */
    public static Optional<WriteConflict> in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable cause = thrown;
        WriteConflict found = null;
        while (cause != null && seen.add(cause)) {
            WriteConflict here = of(cause);
            // The most specific report wins: a unique key named by the database over a bare "could not commit".
            if (here != null && (found == null || here.constraint != null)) {
                found = here;
            }
            cause = cause instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null
                    ? sql.getNextException() : cause.getCause();
        }
        return Optional.ofNullable(found);
    }

    private static WriteConflict of(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals(UNIQUE_VIOLATION)) {
                return new WriteConflict(Kind.DUPLICATE_KEY, constraintNamed(sql.getMessage()));
            }
            if (LOCK_STATES.contains(state)) {
                return new WriteConflict(Kind.LOCKED, null);
            }
            if (state.equals(H2_CONCURRENT_UPDATE)) {
                return new WriteConflict(Kind.CHANGED, null);
            }
            return null;
        }
        if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
            return new WriteConflict(Kind.LOCKED, null);
        }
        if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
            return new WriteConflict(Kind.CHANGED, null);
        }
        return null;
    }

    /** "uk_account_username" from PostgreSQL's message, or from H2's index name "PUBLIC.UK_ACCOUNT_USERNAME_INDEX_E". */
    static String constraintNamed(String message) {
        if (message == null) {
            return null;
        }
        Matcher key = UNIQUE_KEY.matcher(message.toLowerCase(Locale.ROOT));
        return key.find() ? H2_INDEX_SUFFIX.matcher(key.group(1)).replaceFirst("") : null;
    }

    /** The request field that carried the key taken meanwhile, or null when the conflict concerns the request as a whole. */
    public String field() {
        return constraint == null ? null : FIELDS.get(constraint);
    }

    /** What conflicted, in the user's language: the key by name where the bundle knows it. */
    public String message(Locale locale) {
        if (kind == Kind.DUPLICATE_KEY) {
            String key = "conflict." + constraint;
            String text = RuleText.format(key, locale);
            if (constraint == null) {
                return RuleText.format("conflict.duplicate", locale);
            }
            return !text.equals(key) ? text : RuleText.format("conflict.duplicateNamed", locale, constraint);
        }
        return RuleText.format(kind == Kind.LOCKED ? "conflict.locked" : "conflict.changed", locale);
    }
}
