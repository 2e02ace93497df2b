package org.projectdesk.security.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.projectdesk.security.entity.Account;
import org.projectdesk.security.entity.SignInThrottle;

/**
 * The entity listener of {@link Account} and {@link SignInThrottle}: whatever writes them, the accounts kept in
 * memory for sign-in ({@link SignedInAccounts}) are dropped, so no boundary has to remember it.
 */
public class AccountWrites {

    private SignedInAccounts kept;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        Long accountId = entity instanceof Account a ? a.getId() : entity instanceof SignInThrottle t ? t.getAccountId() : null;
        if (accountId == null) {
            return;
        }
        if (kept == null) {
            // Looked up rather than injected: listener injection depends on how the provider was bootstrapped.
            kept = CDI.current().select(SignedInAccounts.class).get();
        }
        kept.written(accountId);
    }
}
