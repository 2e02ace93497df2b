package org.projectdesk.security.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins from one address to one account are slowed down. The first
 * {@code freeFailures - 1} cost nothing; the failure that reaches {@code freeFailures} blocks that
 * address for {@code firstBlock}, and every further failure (each possible only once the block
 * before it has run out) doubles the block, up to {@code longestBlock}. An address quiet for the
 * longest block is forgiven.
 *
 * <p>There is deliberately no account-wide lock: a lock that anyone may trigger for an account is
 * exactly the denial of service it meant to prevent (five calls locked out the administrator).
 * Keyed by address, a stranger slows down only themselves: one address gets about a dozen guesses
 * on the first day and one a day after that, while the owner signs in from anywhere else. What
 * remains, guessing from many addresses at once, shows on the accounts page (every throttled
 * address of an account), where an administrator can disable the account or reset its password.
 */
public record ThrottleRule(int freeFailures, Duration firstBlock, Duration longestBlock) {

    /** Doubling stops long before this; it only keeps the arithmetic clear of overflow. */
    private static final int MOST_DOUBLINGS = 30;

    public ThrottleRule {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("At least one failed sign-in must be allowed, not " + freeFailures);
        }
        if (firstBlock.isNegative() || firstBlock.isZero() || longestBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("Blocks must be positive and the longest at least the first: "
                    + firstBlock + ", " + longestBlock);
        }
    }

    /** The block earned by this many failures in a row from one address; none while below the free ones. */
    public Optional<Duration> blockAfter(int failures) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures, MOST_DOUBLINGS);
        Duration grown = firstBlock.multipliedBy(1L << doublings);
        return Optional.of(grown.compareTo(longestBlock) > 0 ? longestBlock : grown);
    }

    /** Whether failures that ended at {@code lastFailure} are forgiven by {@code now}. */
    public boolean forgives(Instant lastFailure, Instant now) {
        return !now.isBefore(lastFailure.plus(longestBlock));
    }
}
