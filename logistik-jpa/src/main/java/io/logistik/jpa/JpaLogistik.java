package io.logistik.jpa;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import io.logistik.jpa.internal.Hikari;
import io.logistik.jpa.internal.JpaStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import org.hibernate.Session;
import org.hibernate.jpa.HibernatePersistenceProvider;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores on Jakarta Persistence 3.2 with Hibernate ORM 7 (7.4 and later 7.x) over PostgreSQL 15+,
 * MariaDB 10.11+ or H2 2.x. Two ways to start:
 *
 * <pre>{@code
 * // standalone: logistik builds the pool (HikariCP, an optional dependency) and its own factory
 * LogistikStore store = JpaLogistik.create("jdbc:postgresql://db/app", "app", secret);
 * // or on your own DataSource
 * LogistikStore store = JpaLogistik.create(dataSource);
 *
 * // on your application's EntityManagerFactory, whose unit lists JpaLogistik.entityClasses()
 * LogistikStore store = JpaLogistik.create(entityManagerFactory);
 * }</pre>
 *
 * In every case the schema must exist (see {@link LogistikSchema}); the store checks its version at
 * start. logistik runs its own resource-local transactions on entity managers it creates and never
 * joins a transaction of its caller; units with JTA transactions only are not supported. logistik
 * never asks Hibernate to generate or validate DDL.
 *
 * <p>Every statement a repository's {@code find}, {@code findPage}, {@code count} and {@code single}
 * issues runs under a query timeout ({@value #DEFAULT_QUERY_TIMEOUT_SECONDS} s by default, see
 * {@link Builder#queryTimeout}), so that one client's filter cannot hold a connection indefinitely: on
 * H2, nested {@code has}/{@code any} filters cost rows to the power of the depth. A query that runs
 * longer is cancelled by the database and fails with an {@link InvalidQueryException} whose
 * {@code where()} is {@code "query"}; the connection goes back to the pool, the transaction is rolled
 * back and the store stays usable.
 */
public final class JpaLogistik {

    /** Default pool size for stores made from a JDBC URL. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** Default query timeout, in seconds, of the reads behind {@code find}, {@code findPage}, {@code count} and {@code single}. */
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 30;

    /** The longest query timeout, in seconds: Jakarta Persistence takes it in milliseconds, as an {@code int}. */
    public static final int MAX_QUERY_TIMEOUT_SECONDS = Integer.MAX_VALUE / 1000;

    private JpaLogistik() {
    }

    /**
     * A standalone store on a new HikariCP pool.
     *
     * @param jdbcUrl  a PostgreSQL, MariaDB or H2 JDBC URL
     * @param user     the database user
     * @param password the password, or {@code null}
     * @return a store that closes its pool and factory when closed
     * @throws StoreUnavailableException when the database cannot be reached or its schema is missing or at another version
     * @throws IllegalStateException     when HikariCP is not on the classpath
     */
    public static LogistikStore create(String jdbcUrl, String user, String password) {
        return builder().jdbcUrl(jdbcUrl, user, password).build();
    }

    /**
     * A standalone store on {@code dataSource}, with its own entity-manager factory (no persistence.xml).
     *
     * @return a store that closes its factory, but not {@code dataSource}, when closed
     * @throws StoreUnavailableException when the database cannot be reached or its schema is missing or at another version
     */
    public static LogistikStore create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /**
     * A store on a host application's factory. Its persistence unit must list {@link #entityClasses()}
     * and use resource-local transactions; {@link #hibernateProperties()} holds the settings logistik
     * relies on (batching, UTC timestamps).
     *
     * @return a store that leaves {@code entityManagerFactory} open when closed
     * @throws IllegalArgumentException  when the unit lacks logistik's entities or supports only JTA transactions
     * @throws StoreUnavailableException when the database cannot be reached or its schema is missing or at another version
     */
    public static LogistikStore create(EntityManagerFactory entityManagerFactory) {
        return builder().entityManagerFactory(entityManagerFactory).build();
    }

    /** The entity classes (entity names {@code Logistik*}, tables {@code logistik_*}) a host's persistence unit must list. */
    public static List<Class<?>> entityClasses() {
        return JpaStore.entityClasses();
    }

    /**
     * The Hibernate settings logistik sets on the factories it builds and recommends for a host's: JDBC
     * batching of inserts and updates, UTC for timestamps, no DDL generation.
     */
    public static Map<String, Object> hibernateProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hibernate.jdbc.batch_size", 50);
        // No insert ordering: the entities have no associations, so Hibernate could not see that order lines
        // and stock rows must follow their parents; logistik persists parents first.
        properties.put("hibernate.order_inserts", false);
        properties.put("hibernate.order_updates", true);
        properties.put("hibernate.jdbc.time_zone", "UTC");
        properties.put("hibernate.query.in_clause_parameter_padding", true);
        properties.put("jakarta.persistence.schema-generation.database.action", "none");
        // Hibernate would otherwise create its HTE_* helper tables at start; logistik issues no bulk mutations.
        properties.put("hibernate.query.mutation_strategy.global_temporary.create_tables", false);
        properties.put("hibernate.query.mutation_strategy.global_temporary.drop_tables", false);
        properties.put("hibernate.query.mutation_strategy.persistent.create_tables", false);
        properties.put("hibernate.query.mutation_strategy.persistent.drop_tables", false);
        return properties;
    }

    /** A builder, for a clock, a pool size, a query timeout or extra Hibernate settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures one store; exactly one of a JDBC URL, a {@code DataSource} or a factory must be given. */
    public static final class Builder {
        private String jdbcUrl;
        private String user;
        private String password;
        private DataSource dataSource;
        private EntityManagerFactory entityManagerFactory;
        private Clock clock = Clock.systemUTC();
        private int maximumPoolSize = DEFAULT_POOL_SIZE;
        private Duration queryTimeout = Duration.ofSeconds(DEFAULT_QUERY_TIMEOUT_SECONDS);
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** Connect through a new HikariCP pool. */
        public Builder jdbcUrl(String url, String user, String password) {
            this.jdbcUrl = Objects.requireNonNull(url, "url");
            this.user = user;
            this.password = password;
            return this;
        }

        /** Connect through {@code dataSource}, which the store does not close. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** Run on a host's factory, which the store does not close. */
        public Builder entityManagerFactory(EntityManagerFactory entityManagerFactory) {
            this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
            return this;
        }

        /** The clock for {@code created_at}, {@code updated_at} and the current-time keywords; UTC system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The pool size when connecting by JDBC URL; {@value JpaLogistik#DEFAULT_POOL_SIZE} by default. */
        public Builder maximumPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("pool size must be at least 1, was " + size);
            }
            this.maximumPoolSize = size;
            return this;
        }

        /**
         * The longest a statement behind a repository's {@code find}, {@code findPage}, {@code count} or
         * {@code single} may run; {@value JpaLogistik#DEFAULT_QUERY_TIMEOUT_SECONDS} s by default. It
         * bounds what one client's filter can cost (on H2 a filter nesting {@code has}/{@code any} across
         * relationships costs rows to the power of its depth), and applies with every connection source,
         * a host's factory included. JDBC counts timeouts in whole seconds, so {@code timeout} is rounded
         * up to the next second. A statement that runs longer is cancelled by the database (through JDBC's
         * {@code Statement#setQueryTimeout}, set by the {@code jakarta.persistence.query.timeout} hint) and
         * the call throws an {@link InvalidQueryException} with {@code where()} {@code "query"} and a
         * {@code why()} naming the timeout: the query, not the store, is at fault, so the same query
         * retried fails again. The transaction is rolled back (inside {@code inTransaction}, the whole
         * work fails), its connection returns to the pool, and the store stays usable.
         *
         * @param timeout at least one second
         * @throws IllegalArgumentException when {@code timeout} is under one second or over {@value JpaLogistik#MAX_QUERY_TIMEOUT_SECONDS} s
         */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(MAX_QUERY_TIMEOUT_SECONDS)) > 0) {
                throw new IllegalArgumentException("query timeout must be between 1 s and " + MAX_QUERY_TIMEOUT_SECONDS + " s, was " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** An extra Hibernate or Jakarta Persistence setting for the factory the store builds (not for a host's). */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * The store.
         *
         * @throws IllegalStateException     when not exactly one connection source was given
         * @throws IllegalArgumentException  when a host's unit lacks logistik's entities or supports only JTA
         * @throws StoreUnavailableException when the database cannot be reached or its schema is missing or at another version
         */
        public LogistikStore build() {
            int sources = (jdbcUrl != null ? 1 : 0) + (dataSource != null ? 1 : 0) + (entityManagerFactory != null ? 1 : 0);
            if (sources != 1) {
                throw new IllegalStateException("give exactly one of jdbcUrl, dataSource or entityManagerFactory, got " + sources);
            }
            if (entityManagerFactory != null) {
                return start(entityManagerFactory, null);
            }
            DataSource source = dataSource != null ? dataSource : Hikari.pool(jdbcUrl, user, password, maximumPoolSize);
            AutoCloseable pool = dataSource == null ? (AutoCloseable) source : null;
            EntityManagerFactory emf;
            try {
                emf = factory(source);
            } catch (RuntimeException e) {
                closeQuietly(pool);
                throw new StoreUnavailableException("could not start Hibernate on the data source: " + e.getMessage(), e);
            }
            AutoCloseable release = () -> {
                try {
                    emf.close();
                } finally {
                    if (pool != null) {
                        pool.close();
                    }
                }
            };
            try {
                return start(emf, release);
            } catch (RuntimeException e) {
                closeQuietly(release);
                throw e;
            }
        }

        private EntityManagerFactory factory(DataSource source) {
            PersistenceConfiguration configuration = new PersistenceConfiguration("logistik")
                    .provider(HibernatePersistenceProvider.class.getName())
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
            entityClasses().forEach(configuration::managedClass);
            hibernateProperties().forEach(configuration::property);
            configuration.property("jakarta.persistence.nonJtaDataSource", source);
            properties.forEach(configuration::property);
            return new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
        }

        private LogistikStore start(EntityManagerFactory emf, AutoCloseable release) {
            if (!JpaStore.mapsEntities(emf)) {
                throw new IllegalArgumentException("the persistence unit does not list logistik's entity classes: add JpaLogistik.entityClasses()");
            }
            Database database;
            EntityManager em = emf.createEntityManager();
            EntityTransaction transaction;
            try {
                transaction = em.getTransaction();
            } catch (IllegalStateException e) {
                em.close();
                throw new IllegalArgumentException("the persistence unit uses JTA transactions; logistik needs a RESOURCE_LOCAL unit", e);
            }
            try {
                transaction.begin();
                database = em.unwrap(Session.class).doReturningWork(connection -> {
                    Database db;
                    try {
                        db = Database.fromProductName(connection.getMetaData().getDatabaseProductName());
                    } catch (SQLException e) {
                        throw new StoreUnavailableException("could not read the database's metadata: " + e.getMessage(), e);
                    }
                    LogistikSchema.verify(connection);
                    return db;
                });
            } catch (jakarta.persistence.PersistenceException e) {
                throw new StoreUnavailableException("could not connect to the database: " + e.getMessage(), e);
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                em.close();
            }
            return new JpaStore(emf, database, clock, queryTimeout, release);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            if (closeable == null) {
                return;
            }
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Already failing: the start-up error is the one to report.
            }
        }
    }
}
