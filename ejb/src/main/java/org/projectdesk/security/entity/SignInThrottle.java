package org.projectdesk.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.projectdesk.security.control.AccountWrites;

/**
 * The failed sign-ins to one account from one network address, following a {@link ThrottleRule}.
 * A row exists while an address has failures that are not yet forgiven; a successful sign-in from
 * the address, or an administrator's unlock, deletes it, and so does the account's next failure
 * once the address has been forgiven.
 */
@Entity
@EntityListeners(AccountWrites.class)
@Table(name = "sign_in_throttle")
@NamedQuery(name = SignInThrottle.OF_ADDRESS,
        query = "select t from SignInThrottle t where t.accountId = :accountId and t.address = :address")
@NamedQuery(name = SignInThrottle.OF_ACCOUNTS,
        query = "select t from SignInThrottle t where t.accountId in :accountIds order by t.accountId, t.firstFailedAt, t.id")
@NamedQuery(name = SignInThrottle.CLEAR_ADDRESS,
        query = "delete from SignInThrottle t where t.accountId = :accountId and t.address = :address")
@NamedQuery(name = SignInThrottle.CLEAR_ACCOUNT, query = "delete from SignInThrottle t where t.accountId = :accountId")
@NamedQuery(name = SignInThrottle.FORGET_QUIET,
        query = "delete from SignInThrottle t where t.accountId = :accountId and t.lastFailedAt <= :quietSince")
public class SignInThrottle {

    public static final String OF_ADDRESS = "SignInThrottle.ofAddress";
    public static final String OF_ACCOUNTS = "SignInThrottle.ofAccounts";
    public static final String CLEAR_ADDRESS = "SignInThrottle.clearAddress";
    public static final String CLEAR_ACCOUNT = "SignInThrottle.clearAccount";
    public static final String FORGET_QUIET = "SignInThrottle.forgetQuiet";

    /** Long enough for any IPv6 address in text form. */
    public static final int ADDRESS_LENGTH = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_throttle_seq")
    @SequenceGenerator(name = "sign_in_throttle_seq", sequenceName = "sign_in_throttle_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Size(max = ADDRESS_LENGTH)
    @Column(nullable = false, length = ADDRESS_LENGTH, updatable = false)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failed_at", nullable = false)
    private Instant firstFailedAt;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    @Column(name = "blocked_since")
    private Instant blockedSince;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(Long accountId, String address) {
        this.accountId = accountId;
        this.address = address;
    }

    /**
     * Counts a wrong password from this address (never asked while the address is blocked: a blocked
     * attempt is refused unchecked and does not count). Returns the new block when this failure
     * starts one.
     */
    public Optional<Instant> recordFailure(Instant now, ThrottleRule rule) {
        if (failures > 0 && rule.forgives(lastFailedAt, now)) {
            failures = 0;
            blockedSince = null;
            blockedUntil = null;
        }
        if (failures == 0) {
            firstFailedAt = now;
        }
        failures++;
        lastFailedAt = now;
        return rule.blockAfter(failures).map(block -> {
            if (blockedSince == null) {
                blockedSince = now;
            }
            blockedUntil = now.plus(block);
            return blockedUntil;
        });
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAddress() {
        return address;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getFirstFailedAt() {
        return firstFailedAt;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    /** When the current run of blocks began (the first block since the failures were last forgiven). */
    public Instant getBlockedSince() {
        return blockedSince;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
