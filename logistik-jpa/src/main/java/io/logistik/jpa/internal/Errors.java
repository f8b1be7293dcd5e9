package io.logistik.jpa.internal;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.LogistikException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.ValidationException;
import jakarta.persistence.PersistenceException;
import org.hibernate.HibernateException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Set;

/**
 * Turns Hibernate, JPA and JDBC failures into the core error types, by SQLSTATE and, for MariaDB, by
 * vendor code. Caller exceptions and logistik's own pass through unchanged.
 */
final class Errors {

    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    /** MariaDB: deadlock (1213, SQLSTATE 40001) and lock wait timeout (1205). */
    private static final int MARIADB_DEADLOCK = 1213;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    /** A statement cancelled, here by its query timeout (PostgreSQL and H2). */
    private static final String QUERY_CANCELLED = "57014";
    /** MariaDB: the statement outran max_statement_time, which its driver sets for JDBC's query timeout. */
    private static final int MARIADB_STATEMENT_TIMEOUT = 1969;
    /** H2's lock timeout (SQLSTATE HYT00, code 50200). */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private Errors() {
    }

    /** Whether {@code e} comes from a serialization failure or a deadlock, after which a transaction may simply be re-run. */
    static boolean retryable(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState();
        return (state != null && RETRYABLE_STATES.contains(state)) || sql.getErrorCode() == MARIADB_DEADLOCK || uniqueViolation(sql);
    }

    /**
     * A unique key violated by a concurrent insert (two first receipts of the same stock row): re-running
     * the transaction finds the other's row. logistik checks every other uniqueness rule before writing.
     */
    private static boolean uniqueViolation(SQLException sql) {
        return "23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062;
    }

    /**
     * Whether {@code e} says the database cancelled a statement that outran its query timeout: SQLSTATE
     * 57014 (PostgreSQL, H2), MariaDB's max_statement_time (1969), or the JDBC and persistence timeout types.
     */
    static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.QueryTimeoutException || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (QUERY_CANCELLED.equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_STATEMENT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** {@code e} as a logistik error if it is a persistence failure; otherwise {@code e} itself. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof LogistikException || !(e instanceof PersistenceException || e instanceof HibernateException)) {
            return e;
        }
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        int code = sql == null ? 0 : sql.getErrorCode();
        String detail = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
        if (RETRYABLE_STATES.contains(state) || code == MARIADB_DEADLOCK) {
            return new ConcurrencyConflictException("another transaction conflicted (serialization failure or deadlock) and the retries ran out: " + detail, e);
        }
        if (state.equals("55P03") || state.equals("HYT00") || code == MARIADB_LOCK_WAIT_TIMEOUT || code == H2_LOCK_TIMEOUT
                || e instanceof jakarta.persistence.LockTimeoutException || e instanceof jakarta.persistence.PessimisticLockException) {
            return new ConcurrencyConflictException("a lock could not be had in time: " + detail, e);
        }
        if (state.startsWith("08") || e instanceof org.hibernate.exception.JDBCConnectionException) {
            return new StoreUnavailableException("the connection to the database failed: " + detail, e);
        }
        if (state.equals("23503") || state.equals("23506") || code == 1451 || code == 1452) {
            return new ReferenceConflictException("row", null, "a foreign key refused the change (a concurrent change removed or added a referenced row): " + detail);
        }
        if (uniqueViolation(sql == null ? new SQLException() : sql)) {
            return new ConcurrencyConflictException("a concurrent transaction inserted the same key and the retries ran out: " + detail, e);
        }
        if (state.startsWith("23") || code == 4025) {
            return new ValidationException("row", "a database constraint refused the change: " + detail);
        }
        return new StoreUnavailableException("the database refused the work: " + detail, e);
    }

    /**
     * {@code target} behind a proxy that translates every failure of its methods, so that work inside a
     * transaction sees the same error types as single calls.
     */
    static <T> T translating(Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException runtime ? translate(runtime) : cause;
            }
        });
        return type.cast(proxy);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
