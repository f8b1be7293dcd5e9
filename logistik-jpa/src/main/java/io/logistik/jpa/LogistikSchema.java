package io.logistik.jpa;

import io.logistik.core.StoreUnavailableException;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The versioned SQL schema logistik runs on, shipped as Flyway-named resources:
 * {@code db/logistik/postgresql/V1__logistik_schema.sql}, {@code db/logistik/mariadb/...} and
 * {@code db/logistik/h2/...}. A host application normally lets its own Flyway
 * ({@code locations=classpath:db/logistik/postgresql}) or Liquibase ({@code <sqlFile>}) apply them;
 * {@link #create(DataSource)} applies them directly for quick starts and tests. logistik never lets
 * Hibernate generate DDL. Released files are never edited: a change comes as a new version.
 */
public final class LogistikSchema {

    /** The schema version this build of logistik reads and writes; the adapter refuses any other at start. */
    public static final int VERSION = 2;

    /** The databases logistik supports, each with its own script directory. */
    public enum Database {
        /** PostgreSQL 15 or later. */
        POSTGRESQL("postgresql"),
        /** MariaDB 10.11 or later. */
        MARIADB("mariadb"),
        /** H2 2.x. */
        H2("h2");

        private final String directory;

        Database(String directory) {
            this.directory = directory;
        }

        /** The classpath directory holding this database's scripts, e.g. {@code db/logistik/postgresql}. */
        public String location() {
            return "db/logistik/" + directory;
        }

        /** The classpath resource of script {@code version}, e.g. {@code db/logistik/h2/V1__logistik_schema.sql}. */
        public String script(int version) {
            return location() + "/V" + version + "__logistik_schema.sql";
        }

        /**
         * The database behind a JDBC product name as {@link java.sql.DatabaseMetaData} reports it.
         *
         * @throws IllegalArgumentException for any other database
         */
        public static Database fromProductName(String productName) {
            String name = productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (name.contains("mariadb")) {
                return MARIADB;
            }
            if (name.equals("h2")) {
                return H2;
            }
            throw new IllegalArgumentException("logistik supports PostgreSQL, MariaDB and H2, not " + productName);
        }
    }

    private LogistikSchema() {
    }

    /**
     * Creates logistik's tables, sequences and indexes in the current schema of {@code dataSource}'s
     * database by running every script up to {@link #VERSION} in one go.
     *
     * @param dataSource where to create the schema; its database must be PostgreSQL, MariaDB or H2
     * @throws StoreUnavailableException when the database cannot be reached or refuses a statement
     *                                   (for example because the tables already exist)
     * @throws IllegalArgumentException  when the database is none of the supported three
     */
    public static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = Database.fromProductName(connection.getMetaData().getDatabaseProductName());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (int version = 1; version <= VERSION; version++) {
                    for (String sql : statements(read(database.script(version)))) {
                        statement.execute(sql);
                    }
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("could not create the logistik schema: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the schema on {@code connection} is at {@link #VERSION}.
     *
     * @throws StoreUnavailableException saying what was found and what to apply, when it is not
     */
    static void verify(Connection connection) {
        int found;
        String location;
        try {
            location = Database.fromProductName(connection.getMetaData().getDatabaseProductName()).location();
        } catch (SQLException e) {
            throw new StoreUnavailableException("could not read the database's metadata: " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM logistik_schema_version")) {
            rows.next();
            found = rows.getInt(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("no logistik schema found (table logistik_schema_version is missing or unreadable): "
                    + "apply the scripts in classpath:" + location + " with Flyway or Liquibase, or call LogistikSchema.create", e);
        }
        if (found != VERSION) {
            throw new StoreUnavailableException("the logistik schema is at version " + found + " but this logistik needs version "
                    + VERSION + ": apply the scripts in classpath:" + location + (found > VERSION ? " of a newer logistik" : ""));
        }
    }

    private static String read(String resource) {
        try (InputStream in = LogistikSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The statements of a script: comment lines dropped, split at each semicolon that ends a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
