package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.WriteConflict.Kind;

/**
 * Which failures are lost races (409) and which are not: the conflicts as H2 really reports them
 * (two connections to one in-memory database, the constraint named as our migrations name it), as
 * PostgreSQL words them, and as they arrive wrapped at commit by the container.
 */
class WriteConflictTest {

    private Connection first;
    private Connection second;

    @BeforeEach
    void database() throws SQLException {
        String url = "jdbc:h2:mem:conflict" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        first = DriverManager.getConnection(url, "sa", "");
        second = DriverManager.getConnection(url, "sa", "");
        try (Statement ddl = first.createStatement()) {
            ddl.execute("CREATE TABLE enterprise (id BIGINT PRIMARY KEY, credit_code VARCHAR(18) NOT NULL,"
                    + " CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code))");
            ddl.execute("INSERT INTO enterprise VALUES (1, '91320684MA1N7Q2K5Q')");
        }
        first.setAutoCommit(false);
        second.setAutoCommit(false);
        try (Statement quick = second.createStatement()) {
            quick.execute("SET LOCK_TIMEOUT 200");
        }
    }

    @AfterEach
    void close() throws SQLException {
        first.close();
        second.close();
    }

    private static SQLException failureOf(Connection connection, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    @Test
    void aUniqueKeyTakenIsADuplicateNamedByTheConstraintOfTheMigrationsAndTheFieldThatCarriedIt() {
        SQLException taken = failureOf(first, "INSERT INTO enterprise VALUES (2, '91320684MA1N7Q2K5Q')");

        WriteConflict conflict = WriteConflict.in(new PersistenceException("could not execute statement", taken)).orElseThrow();
        assertEquals(new WriteConflict(Kind.DUPLICATE_KEY, "uk_enterprise_credit_code"), conflict);
        assertEquals("enterprise.creditCode", conflict.field());
        assertEquals("Someone else registered this enterprise (its credit code) at the same moment; send the request again"
                + " and it will use it", conflict.message(Locale.ROOT));
        assertEquals("其他人同时登记了该企业（统一社会信用代码），请重新提交，将使用已登记的企业", conflict.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aKeyInsertedByAnotherTransactionNotYetCommittedHoldsTheSecondInsertUntilItsLockTimesOut() throws SQLException {
        try (Statement statement = first.createStatement()) {
            statement.execute("INSERT INTO enterprise VALUES (2, '91320684MA20RT5B95')");
        }
        SQLException raced = failureOf(second, "INSERT INTO enterprise VALUES (3, '91320684MA20RT5B95')");

        assertEquals(Optional.of(new WriteConflict(Kind.LOCKED, null)), WriteConflict.in(raced), raced.getMessage());
    }

    @Test
    void aRowLockedPastTheTimeoutIsLocked() throws SQLException {
        try (Statement statement = first.createStatement()) {
            statement.execute("UPDATE enterprise SET credit_code = '91320684MA20RT5B95' WHERE id = 1");
        }
        SQLException waited = failureOf(second, "UPDATE enterprise SET credit_code = '91320684MA1N7Q2K5Q' WHERE id = 1");

        assertEquals(Optional.of(new WriteConflict(Kind.LOCKED, null)), WriteConflict.in(new EJBException(waited)), waited.getSQLState());
        assertEquals("The record is being changed by someone else right now; try again in a moment",
                WriteConflict.in(waited).orElseThrow().message(Locale.ENGLISH));
    }

    @Test
    void postgresqlNamesTheConstraintItself() {
        SQLException taken = new SQLException("ERROR: duplicate key value violates unique constraint \"uk_account_username\"\n"
                + "  Detail: Key (username)=(race) already exists.", "23505");
        Throwable atFlush = new EJBException(new PersistenceException(
                new org.hibernate.exception.ConstraintViolationException("could not execute statement", taken, "insert")));

        WriteConflict conflict = WriteConflict.in(atFlush).orElseThrow();
        assertEquals(new WriteConflict(Kind.DUPLICATE_KEY, "uk_account_username"), conflict);
        assertEquals("username", conflict.field());
        assertEquals("其他人同时开设了同一用户名的账号，该用户名已被使用", conflict.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anOptimisticLockFailingAtCommitIsFoundThroughTheContainersWrapping() {
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.initCause(new OptimisticLockException(new org.hibernate.StaleObjectStateException("RequiredMaterial", 7L)));
        Throwable atCommit = new EJBTransactionRolledbackException("Transaction rolled back", rolledBack);

        WriteConflict conflict = WriteConflict.in(atCommit).orElseThrow();
        assertEquals(Kind.CHANGED, conflict.kind());
        assertEquals(null, conflict.field());
        assertEquals("该记录已被其他人同时修改，请刷新后重新操作", conflict.message(Locale.SIMPLIFIED_CHINESE));

        Throwable hibernateOnly = new EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new org.hibernate.StaleObjectStateException("Meeting", 3L)));
        assertEquals(Optional.of(new WriteConflict(Kind.CHANGED, null)), WriteConflict.in(hibernateOnly));
    }

    @Test
    void aKeyTheBundleDoesNotKnowIsNamedAsTheDatabaseNamesIt() {
        SQLException taken = new SQLException("duplicate key value violates unique constraint \"uk_material_upload_stored\"", "23505");

        WriteConflict conflict = WriteConflict.in(taken).orElseThrow();
        assertEquals(null, conflict.field());
        assertEquals("Someone else saved the same record (uk_material_upload_stored) at the same moment; reload it and try again",
                conflict.message(Locale.ROOT));
    }

    @Test
    void otherFailuresAreNotConflicts() {
        SQLException nullName = failureOf(first, "INSERT INTO enterprise VALUES (4, NULL)");
        assertEquals(Optional.empty(), WriteConflict.in(new EJBException(new PersistenceException(nullName))));
        assertEquals(Optional.empty(), WriteConflict.in(new IllegalStateException("bug", new NullPointerException())));
        assertEquals(Optional.empty(), WriteConflict.in(new SQLException("no state")));

        RuntimeException looped = new RuntimeException("a");
        RuntimeException back = new RuntimeException("b", looped);
        looped.initCause(back);
        assertEquals(Optional.empty(), WriteConflict.in(looped), "a cause chain that loops ends");
    }
}
