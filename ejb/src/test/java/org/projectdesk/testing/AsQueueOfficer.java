package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;

/**
 * Runs test code as the OFFICER caller {@value #USERNAME}, for what is decided by the caller's own name (an officer's
 * home queues); a test opens that account with {@link #openAccountIfMissing} (its deployment needs {@link AsAdmin} too).
 */
@Stateless
@RunAs("OFFICER")
@RunAsPrincipal(AsQueueOfficer.USERNAME)
@PermitAll
public class AsQueueOfficer {

    public static final String USERNAME = "it-queue-officer";

    @EJB
    AsAdmin admin;

    @EJB
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void openAccountIfMissing() throws Exception {
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", USERNAME).getSingleResult() == 0) {
            admin.call(() -> accounts.open(new NewAccount(USERNAME, "队列专员甲", "secret-1", Set.of(Role.OFFICER), null,
                    null, null, USERNAME + "@example.test")));
        }
    }
}
