package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class WholeTableReadsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("whole-table-reads-test");
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @Resource
    UserTransaction transaction;

    @Test
    void theJitIsOffForTheTransactionOnlyAndOnPostgreSqlOnly() throws Exception {
        String before = jit();

        transaction.begin();
        try {
            WholeTableReads.prepare(em, database.kind());
            assertEquals(database.kind() == DatabaseKind.POSTGRESQL ? "off" : before, jit(), "within the transaction");
        } finally {
            transaction.commit();
        }
        assertEquals(before, jit(), "after it");
        WholeTableReads.prepare(em, database.kind());
        assertEquals(before, jit(), "outside any transaction nothing is set");
    }

    /** PostgreSQL's setting; on H2, which has none, the database's kind stands in for it. */
    private String jit() {
        return database.kind() == DatabaseKind.POSTGRESQL
                ? (String) em.createNativeQuery("SHOW jit").getSingleResult()
                : database.kind().name();
    }
}
