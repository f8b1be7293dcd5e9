package io.logistik.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/** The pool a store made from a JDBC URL. Kept apart so HikariCP stays an optional dependency. */
public final class Hikari {

    private Hikari() {
    }

    /**
     * A new HikariCP pool, or an {@link IllegalStateException} naming the missing dependency.
     */
    public static DataSource pool(String jdbcUrl, String user, String password, int maximumPoolSize) {
        try {
            return create(jdbcUrl, user, password, maximumPoolSize);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("JpaLogistik.create(jdbcUrl, ...) needs HikariCP (com.zaxxer:HikariCP) on the classpath;"
                    + " add it, or pass your own DataSource", e);
        }
    }

    private static DataSource create(String jdbcUrl, String user, String password, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setMinimumIdle(Math.min(2, maximumPoolSize));
        config.setAutoCommit(false);
        // MariaDB defaults to REPEATABLE READ; logistik's short transactions are written for READ COMMITTED everywhere.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("logistik");
        return new HikariDataSource(config);
    }
}
