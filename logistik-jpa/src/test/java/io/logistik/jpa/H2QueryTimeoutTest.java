package io.logistik.jpa;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.FlaskRestless;
import io.logistik.core.query.Query;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.OrderRepository;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The query timeout on H2, the one supported database where a filter alone can be made slow: nested
 * has/any across relationships compile to correlated EXISTS subqueries that H2 runs in rows to the
 * power of their depth (PostgreSQL and MariaDB plan semi-joins and stay fast). The store has a pool of
 * one connection, so a connection the timeout failed to return would starve every following call.
 */
class H2QueryTimeoutTest {

    private static final String NAME = "logistik_timeout_h2";
    private static final int LINES_PER_ORDER = 8;
    /** order -> lines any -> order has, this many times: 8^16 row visits per order, far past any timeout. */
    private static final int DEPTH = 16;
    /** Bounds "did not hang" only; a one-second timeout takes about a second. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    private static TestDatabase db;
    private static LogistikStore store;
    private static Query costly;

    @BeforeAll
    static void openStore() {
        db = TestDatabase.open(Database.H2, NAME);
        store = JpaLogistik.builder()
                .jdbcUrl("jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1", "sa", "")
                .maximumPoolSize(1)
                .queryTimeout(Duration.ofSeconds(1))
                .build();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES_PER_ORDER; i++) {
            lines.add(OrderLine.of(store.skus().create(Sku.of("sku " + i)).id(), 1));
        }
        for (int i = 0; i < 4; i++) {
            store.orders().create(Order.of("customer " + i, lines));
        }
        costly = Query.of(EntityType.ORDER, FlaskRestless.parseFilter(EntityType.ORDER, nested(DEPTH)));
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** A filter that matches no order, so the database must visit every nested row to say so. */
    private static String nested(int depth) {
        String filter = "{\"name\":\"customer_name\",\"op\":\"==\",\"val\":\"nobody\"}";
        for (int i = 0; i < depth; i++) {
            filter = "{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"order\",\"op\":\"has\",\"val\":" + filter + "}}";
        }
        return "[" + filter + "]";
    }

    private static void assertTimesOut(Consumer<OrderRepository> read) {
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> read.accept(store.orders()))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                    assertThat(e.where()).isEqualTo("query");
                    assertThat(e.why()).contains("query timeout of 1 s").contains("retrying the same query will not help");
                }));
    }

    private static void assertStoreUsable() {
        Executable reads = () -> {
            assertThat(store.orders().count(Query.of(EntityType.ORDER))).isEqualTo(4);
            assertThat(store.skus().find(Query.of(EntityType.SKU))).hasSize(LINES_PER_ORDER);
        };
        assertTimeoutPreemptively(NO_HANG, reads);
    }

    @Test
    void find_nestedAnyHasPastTimeout_invalidQueryAndStoreUsable() {
        assertTimesOut(orders -> orders.find(costly));
        assertStoreUsable();
    }

    @Test
    void count_nestedAnyHasPastTimeout_invalidQueryAndStoreUsable() {
        assertTimesOut(orders -> orders.count(costly));
        assertStoreUsable();
    }

    @Test
    void findPage_nestedAnyHasPastTimeout_invalidQueryAndStoreUsable() {
        assertTimesOut(orders -> orders.findPage(costly.page(1, 10)));
        assertStoreUsable();
    }

    @Test
    void single_nestedAnyHasPastTimeout_invalidQueryAndStoreUsable() {
        assertTimesOut(orders -> orders.single(costly));
        assertStoreUsable();
    }

    @Test
    void inTransaction_nestedAnyHasPastTimeout_workRolledBack() {
        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.storages().create(Storage.of("written before the costly query"));
            return tx.orders().count(costly);
        })).isInstanceOf(InvalidQueryException.class));
        assertThat(store.storages().count(Query.of(EntityType.STORAGE))).isZero();
        assertStoreUsable();
    }

    @Test
    void queryTimeout_underOneSecond_refused() {
        assertThatThrownBy(() -> JpaLogistik.builder().queryTimeout(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 s");
    }
}
