package org.projectdesk.servicefile.control;

import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.Settings;

/**
 * How much of a ledger file an import takes: at most {@code maxBytes} (the setting
 * {@code PROJECTDESK_LEDGER_MAX_MB}, default {@value #DEFAULT_MAX_MB}), and at most
 * {@value #LISTED_PROBLEMS} problems listed. A file with more problems cannot be imported either way,
 * so checking it against the data stops there instead of spending seconds on lines nobody will read.
 * Taking a file in is one transaction of at most {@code timeoutSeconds} (the setting
 * {@code PROJECTDESK_LEDGER_TIMEOUT_S}, default {@value #DEFAULT_TIMEOUT_S}): an office moving a large
 * spreadsheet in needs longer than the server's five minutes for an ordinary request.
 */
public record LedgerLimits(long maxBytes, int timeoutSeconds) {

    public static final int DEFAULT_MAX_MB = 10;
    public static final int DEFAULT_TIMEOUT_S = 3600;
    public static final int LISTED_PROBLEMS = 100;

    public static LedgerLimits configured() {
        int megabytes = Settings.getInt("projectdesk.ledger.max-mb", DEFAULT_MAX_MB);
        if (megabytes < 1) {
            throw new IllegalStateException("Setting projectdesk.ledger.max-mb must be at least 1, not " + megabytes);
        }
        int timeout = Settings.getInt("projectdesk.ledger.timeout-s", DEFAULT_TIMEOUT_S);
        if (timeout < 1) {
            throw new IllegalStateException("Setting projectdesk.ledger.timeout-s must be at least 1, not " + timeout);
        }
        return new LedgerLimits(megabytes * 1024L * 1024L, timeout);
    }

    /** Refuses a file larger than the limit, naming its size and the limit. */
    public void check(long size) {
        if (size > maxBytes) {
            throw new RuleViolation("file", "ledger.tooLarge", size, maxBytes / (1024 * 1024));
        }
    }
}
