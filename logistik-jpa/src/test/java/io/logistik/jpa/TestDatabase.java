package io.logistik.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.logistik.jpa.LogistikSchema.Database;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One test class's own schema (PostgreSQL), database (MariaDB) or in-memory database (H2), created
 * from logistik's scripts, with a small pool and one entity-manager factory, emptied between tests and
 * dropped at the end. PostgreSQL and MariaDB come from the {@code LOGISTIK_*} environment variables;
 * without them the class is skipped with a message, or fails when {@code LOGISTIK_REQUIRE_DATABASES=true}.
 */
final class TestDatabase implements AutoCloseable {

    private static final int POOL_SIZE = 4;
    private static final String[] TABLES_CHILDREN_FIRST = {
            "logistik_allocation", "logistik_order_line", "logistik_order", "logistik_stock", "logistik_sku", "logistik_storage"};

    final Database database;
    private final String name;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final HikariDataSource dataSource;
    private EntityManagerFactory emf;

    private TestDatabase(Database database, String name, String adminUrl, String url, String user, String password) {
        this.database = database;
        this.name = name;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("test-" + name);
        this.dataSource = new HikariDataSource(config);
        LogistikSchema.create(dataSource);
    }

    /** A fresh database of {@code kind} called {@code name} (a schema or database name of its own). */
    static TestDatabase open(Database kind, String name) {
        return switch (kind) {
            case H2 -> new TestDatabase(kind, name, null, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> server(kind, name, "LOGISTIK_POSTGRES");
            case MARIADB -> server(kind, name, "LOGISTIK_MARIADB");
        };
    }

    /**
     * {@code prefix}_URL from the environment. Without it the calling class is skipped with a warning on
     * stderr and the reason in the test report, so a developer without the server can still build; it
     * fails instead when {@code LOGISTIK_REQUIRE_DATABASES=true} (set by {@code .ci/run}) or when running
     * under CI ({@code CI=true}), so CI can never skip a database silently.
     */
    static String serverUrl(Database kind, String prefix) {
        String url = System.getenv(prefix + "_URL");
        if (url == null || url.isBlank()) {
            String settings = " (set " + prefix + "_URL, _USER and _PASSWORD to run them)";
            if ("true".equals(System.getenv("LOGISTIK_REQUIRE_DATABASES")) || "true".equals(System.getenv("CI"))) {
                Assertions.fail(prefix + "_URL is not set but LOGISTIK_REQUIRE_DATABASES or CI is true: the " + kind
                        + " tests must run" + settings);
            }
            String message = prefix + "_URL is not set: skipping the " + kind + " tests" + settings;
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        return url;
    }

    private static TestDatabase server(Database kind, String baseName, String prefix) {
        String url = serverUrl(kind, prefix);
        // Concurrent builds on one server (CI and a developer, say) must not drop each other's schemas.
        String name = baseName + "_" + ProcessHandle.current().pid();
        String user = System.getenv(prefix + "_USER");
        String password = System.getenv(prefix + "_PASSWORD");
        admin(url, user, password, kind == Database.POSTGRESQL
                ? new String[] {"DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name}
                : new String[] {"DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name});
        String own = kind == Database.POSTGRESQL
                ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name
                : url.replaceFirst("^(jdbc:mariadb://[^/?]+)(/[^?]*)?", "$1/" + name);
        return new TestDatabase(kind, name, url, own, user, password);
    }

    static void admin(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the test database: " + e.getMessage(), e);
        }
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** The class's one factory, built like a host application's, with statistics on. */
    EntityManagerFactory emf() {
        if (emf == null) {
            PersistenceConfiguration configuration = new PersistenceConfiguration("logistik-test-" + name)
                    .provider(HibernatePersistenceProvider.class.getName())
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
            JpaLogistik.entityClasses().forEach(configuration::managedClass);
            JpaLogistik.hibernateProperties().forEach(configuration::property);
            configuration.property("jakarta.persistence.nonJtaDataSource", dataSource);
            configuration.property("hibernate.generate_statistics", true);
            emf = new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
        }
        return emf;
    }

    /** Deletes every row, children before parents. */
    void empty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String table : TABLES_CHILDREN_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database: " + e.getMessage(), e);
        }
    }

    /** Runs one statement on the class's database, for tests that break the schema on purpose. */
    void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }


    /** The rows of a catalog query, each column as text. */
    List<List<String>> rows(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The SQL that names the class's own schema in information_schema queries. */
    String currentSchema() {
        return switch (database) {
            case POSTGRESQL -> "current_schema()";
            case MARIADB -> "DATABASE()";
            case H2 -> "'PUBLIC'";
        };
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
        dataSource.close();
        if (adminUrl != null) {
            admin(adminUrl, user, password, database == Database.POSTGRESQL
                    ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }
}
