package org.projectdesk.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The audit trail of sign-in blocks: an address blocked for an account after failed sign-ins, and
 * an administrator lifting an account's blocks. Append-only; the service files' history is a
 * different trail, since these entries belong to no project.
 */
@Entity
@Table(name = "account_lock_event")
@NamedQuery(name = AccountLockEvent.OF_ACCOUNT,
        query = "select e from AccountLockEvent e where e.accountId = :accountId order by e.happenedAt desc, e.id desc")
public class AccountLockEvent {

    public static final String OF_ACCOUNT = "AccountLockEvent.ofAccount";

    public enum Kind { LOCKED, UNLOCKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_lock_event_seq")
    @SequenceGenerator(name = "account_lock_event_seq", sequenceName = "account_lock_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    /** The address blocked; null when an unlock lifted every address's block. */
    @Size(max = SignInThrottle.ADDRESS_LENGTH)
    @Column(length = SignInThrottle.ADDRESS_LENGTH, updatable = false)
    private String address;

    /** Until when the address is blocked (LOCKED only). */
    @Column(name = "blocked_until", updatable = false)
    private Instant blockedUntil;

    /** Who lifted the blocks (UNLOCKED only); a block is the system's own doing. */
    @Size(max = 64)
    @Column(length = 64, updatable = false)
    private String actor;

    protected AccountLockEvent() {
    }

    private AccountLockEvent(Long accountId, Instant happenedAt, Kind kind, String address, Instant blockedUntil, String actor) {
        this.accountId = accountId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.address = address;
        this.blockedUntil = blockedUntil;
        this.actor = actor;
    }

    public static AccountLockEvent locked(Long accountId, Instant at, String address, Instant until) {
        return new AccountLockEvent(accountId, at, Kind.LOCKED, address, until, null);
    }

    public static AccountLockEvent unlocked(Long accountId, Instant at, String actor) {
        return new AccountLockEvent(accountId, at, Kind.UNLOCKED, null, null, actor);
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public String getActor() {
        return actor;
    }
}
