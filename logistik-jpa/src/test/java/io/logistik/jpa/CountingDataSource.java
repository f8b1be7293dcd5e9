package io.logistik.jpa;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * A data source that counts the JDBC calls that cost a round trip to the database: statement
 * executions (a batch counts once), commits, rollbacks and savepoints. Counts are over all threads.
 */
final class CountingDataSource {

    private static final Set<String> CONNECTION_TRIPS = Set.of("commit", "rollback", "setSavepoint", "releaseSavepoint");
    private static final Set<String> STATEMENT_TRIPS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final LongAdder trips = new LongAdder();
    private final DataSource counting;

    CountingDataSource(DataSource target) {
        this.counting = proxy(DataSource.class, target, (method, result) -> result instanceof Connection c ? connection(c) : result);
    }

    DataSource dataSource() {
        return counting;
    }

    long trips() {
        return trips.sum();
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, result) -> {
            if (CONNECTION_TRIPS.contains(method.getName())) {
                trips.increment();
            }
            return result instanceof Statement s ? statement(s) : result;
        });
    }

    private Statement statement(Statement target) {
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (method, result) -> {
            if (STATEMENT_TRIPS.contains(method.getName())) {
                trips.increment();
            }
            return result;
        });
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
