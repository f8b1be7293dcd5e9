package io.logistik.jpa;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Query;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The query timeout on PostgreSQL and MariaDB. No filter makes them slow (they plan nested has/any as
 * semi-joins), so another connection holds a lock on the orders table that every read must wait for:
 * that the wait ends after the timeout with the typed error shows the timeout reaches the database.
 * Each test skips, or fails under {@code LOGISTIK_REQUIRE_DATABASES=true}, without its database's settings.
 */
class ServerQueryTimeoutTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @Test
    void postgresCount_tableLockedPastTimeout_invalidQueryAndStoreUsable() throws SQLException {
        assertTimesOutWhileLocked(Database.POSTGRESQL, "logistik_timeout_pg", "LOCK TABLE logistik_order IN ACCESS EXCLUSIVE MODE", "ROLLBACK");
    }

    @Test
    void mariaDbCount_tableLockedPastTimeout_invalidQueryAndStoreUsable() throws SQLException {
        assertTimesOutWhileLocked(Database.MARIADB, "logistik_timeout_mariadb", "LOCK TABLES logistik_order WRITE", "UNLOCK TABLES");
    }

    /** {@code lock} makes every other connection's read of logistik_order wait; {@code unlock} ends it, leaving the connection clean for the pool. */
    private static void assertTimesOutWhileLocked(Database kind, String name, String lock, String unlock) throws SQLException {
        try (TestDatabase db = TestDatabase.open(kind, name);
             LogistikStore store = JpaLogistik.builder().dataSource(db.dataSource()).queryTimeout(Duration.ofSeconds(1)).build()) {
            long sku = store.skus().create(Sku.of("sku")).id();
            store.orders().create(Order.of("customer", List.of(OrderLine.of(sku, 1))));
            try (Connection locker = db.dataSource().getConnection(); Statement statement = locker.createStatement()) {
                locker.setAutoCommit(false);
                statement.execute(lock);
                assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> store.orders().count(Query.of(EntityType.ORDER)))
                        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                            assertThat(e.where()).isEqualTo("query");
                            assertThat(e.why()).contains("query timeout of 1 s");
                        }));
                statement.execute(unlock);
                locker.rollback();
            }
            assertThat(store.orders().find(Query.of(EntityType.ORDER))).hasSize(1);
        }
    }
}
