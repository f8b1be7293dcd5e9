package io.logistik.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.kit.ReservationStress;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.Storage;
import io.logistik.core.reservation.Reservation;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Reservations under faults on PostgreSQL, on a database of the test's own ({@value #DATABASE}), so
 * that refusing connections touches nothing else. Backends are terminated only if they are this
 * test's (found by application_name) and in the middle of a reservation (their statement changes
 * reserved or inserts allocations). System properties: {@code logistik.fault.attempts} (operations,
 * default 800) and {@code logistik.fault.kills} (kills required, default 5); the documented long run
 * uses 5,000 and 100.
 */
class PostgresReservationFaultTest {

    private static final String DATABASE = "logistik_fault";
    private static final String VICTIM = "logistik-fault-victim";
    private static final String KILL_MID_RESERVATION = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND application_name = ? AND state IN ('active', 'idle in transaction')"
            + " AND (query LIKE 'UPDATE logistik_stock SET reserved%' OR query LIKE 'INSERT INTO logistik_allocation%') LIMIT 1";
    private static final long CONNECTION_TIMEOUT_MS = 1_500;

    private static String adminUrl;
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void createDatabase() {
        adminUrl = TestDatabase.serverUrl(Database.POSTGRESQL, "LOGISTIK_POSTGRES");
        user = System.getenv("LOGISTIK_POSTGRES_USER");
        password = System.getenv("LOGISTIK_POSTGRES_PASSWORD");
        TestDatabase.admin(adminUrl, user, password, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)",
                "CREATE DATABASE " + DATABASE);
        url = adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + DATABASE);
        try (HikariDataSource setup = pool("logistik-fault-setup", 1)) {
            LogistikSchema.create(setup);
        }
    }

    @AfterAll
    static void dropDatabase() {
        if (adminUrl != null) {
            TestDatabase.admin(adminUrl, user, password, "ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true",
                    "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @BeforeEach
    void emptyTables() {
        try (HikariDataSource setup = pool("logistik-fault-setup", 1);
             Connection connection = setup.getConnection(); var statement = connection.createStatement()) {
            for (String table : List.of("logistik_allocation", "logistik_order_line", "logistik_order", "logistik_stock",
                    "logistik_sku", "logistik_storage")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariDataSource pool(String applicationName, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.addDataSourceProperty("ApplicationName", applicationName);
        config.setPoolName(applicationName);
        return new HikariDataSource(config);
    }

    private static Connection killerConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("ApplicationName", "logistik-fault-killer");
        return DriverManager.getConnection(url, properties);
    }

    @Test
    void reserve_backendsKilledMidReservation_noPartialReservationAndInvariantsHold() throws Exception {
        int attempts = Integer.getInteger("logistik.fault.attempts", 800);
        int requiredKills = Integer.getInteger("logistik.fault.kills", 5);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger kills = new AtomicInteger();
        Thread killer = new Thread(() -> {
            Random random = new Random(7);
            try (Connection connection = killerConnection(); PreparedStatement kill = connection.prepareStatement(KILL_MID_RESERVATION)) {
                kill.setString(1, VICTIM);
                while (running.get()) {
                    try (ResultSet killed = kill.executeQuery()) {
                        boolean hit = killed.next() && killed.getBoolean(1);
                        if (hit) {
                            kills.incrementAndGet();
                        }
                        Thread.sleep(hit ? 20 + random.nextInt(40) : 1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "killer");
        ReservationStress.Tally tally;
        try (HikariDataSource victims = pool(VICTIM, 8);
             LogistikStore store = JpaLogistik.builder().dataSource(victims).build()) {
            killer.start();
            try {
                tally = ReservationStress.run(store, attempts, 8, 20261204L, true);
            } finally {
                running.set(false);
                killer.join();
            }
        }

        System.out.printf("PostgresReservationFaultTest: %d operations, %d backends killed mid-reservation: %s%n", attempts,
                kills.get(), tally);
        assertThat(kills.get()).as("backends killed mid-reservation").isGreaterThanOrEqualTo(requiredKills);
        assertThat(tally.count("store unavailable", 0)).as("operations that saw their connection die").isPositive();
        assertThat(tally.count("reserved", 0)).as("reservations that succeeded").isPositive();
    }

    @Test
    void reserve_databaseRefusingConnections_typedErrorWithinTimeoutThenRecovers() throws Exception {
        try (HikariDataSource refused = pool("logistik-fault-refused", 2);
             LogistikStore store = JpaLogistik.builder().dataSource(refused).build()) {
            Storage berlin = store.storages().create(Storage.of("Berlin"));
            Sku apple = store.skus().create(Sku.of("Apple"));
            store.stock().receive(berlin.id(), apple.id(), 10);
            Order first = store.orders().create(Order.of("Ada", List.of(OrderLine.of(apple.id(), 3))));
            Order second = store.orders().create(Order.of("Grace", List.of(OrderLine.of(apple.id(), 4))));
            ReservationService service = new ReservationService(store);
            Reservation kept = service.reserve(first.id());

            TestDatabase.admin(adminUrl, user, password, "ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
                            + "' AND application_name = 'logistik-fault-refused'");
            long began = System.nanoTime();
            Throwable refusal = catchThrowable(() -> service.reserve(second.id()));
            long waitedMs = (System.nanoTime() - began) / 1_000_000;
            TestDatabase.admin(adminUrl, user, password, "ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");

            assertThat(refusal).as("the error while the database refuses connections").isInstanceOf(StoreUnavailableException.class);
            assertThat(waitedMs).as("ms until the error, with a connection timeout of %d ms", CONNECTION_TIMEOUT_MS)
                    .isLessThan(4 * CONNECTION_TIMEOUT_MS);
            Reservation recovered = service.reserve(second.id());
            assertThat(recovered.alreadyReserved()).isFalse();
            assertThat(store.orders().require(second.id()).state()).isEqualTo(OrderState.RESERVED);
            assertThat(store.reservations().ofOrder(first.id())).isEqualTo(kept.allocations());
            assertThat(store.stock().get(berlin.id(), apple.id()).orElseThrow().reserved()).isEqualTo(7);
            assertThat(store.reservations().reconcile()).isEmpty();
        }
    }
}
