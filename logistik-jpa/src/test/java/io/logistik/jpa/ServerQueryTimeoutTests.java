package io.logistik.jpa;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Query;
import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 */
abstract class ServerQueryTimeoutTests {

    private static final Duration NO_HANG = Duration.ofSeconds(60);

    abstract TestDatabase db();

    /** The statement that makes every other connection's read of logistik_order wait, run in an open transaction. */
    abstract String lockOrdersTable();

    /** The statement that ends {@link #lockOrdersTable()}'s lock, so the connection goes back to the pool clean. */
    abstract String unlockOrdersTable();

    private LogistikStore store;

    @BeforeEach
    void openStore() {
        db().empty();
        store = JpaLogistik.builder().dataSource(db().dataSource()).queryTimeout(Duration.ofSeconds(1)).build();
        long sku = store.skus().create(Sku.of("sku")).id();
        store.orders().create(Order.of("customer", List.of(OrderLine.of(sku, 1))));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void count_blockedPastTimeout_invalidQueryAndStoreUsable() throws SQLException {
        try (Connection locker = db().dataSource().getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute(lockOrdersTable());
            assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> store.orders().count(Query.of(EntityType.ORDER)))
                    .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                        assertThat(e.where()).isEqualTo("query");
                        assertThat(e.why()).contains("query timeout of 1 s");
                    }));
            statement.execute(unlockOrdersTable());
            locker.rollback();
        }
        assertThat(store.orders().find(Query.of(EntityType.ORDER))).hasSize(1);
    }
}
