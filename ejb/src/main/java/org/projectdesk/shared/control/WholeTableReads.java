package org.projectdesk.shared.control;

import jakarta.persistence.EntityManager;

/**
 * For a transaction whose statements read millions of rows once each (the time-limit scan, the weekly report's
 * totals). Their planner cost passes the thresholds at which PostgreSQL compiles a statement to machine code with
 * inlining and optimisation, about 0.2-0.35 s per statement at provincial scale, more than the compiled code then
 * saves: with it, a past week's report took 10.3 and 11.4 s to make, without 8.6 and 9.2 s (docs/benchmarks.md).
 */
public final class WholeTableReads {

    private WholeTableReads() {
    }

    /**
     * Turns PostgreSQL's JIT off until the current transaction ends; nothing on other databases, nor outside a
     * transaction (where {@code SET LOCAL} would end with its own statement).
     */
    public static void prepare(EntityManager em, DatabaseKind kind) {
        if (kind == DatabaseKind.POSTGRESQL && em.isJoinedToTransaction()) {
            em.createNativeQuery("SET LOCAL jit = off").executeUpdate();
        }
    }
}
