package org.projectdesk.scheduling;

import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** What the heartbeat job saw on each firing, for the test to read. */
@Singleton
public class Firings {

    public record Firing(String module, long accounts) {
    }

    @PersistenceContext
    EntityManager em;

    private final List<Firing> firings = new ArrayList<>();

    /** Queries the database inside a container transaction, which needs the full EE context too. */
    public void record(String module) {
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        firings.add(new Firing(module, accounts));
    }

    public List<Firing> all() {
        return List.copyOf(firings);
    }
}
