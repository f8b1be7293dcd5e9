package io.logistik.jpa;

import io.logistik.core.ReferenceConflictException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.ValidationException;
import io.logistik.core.kit.TestClock;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import io.logistik.core.query.TimeKeyword;
import io.logistik.core.spi.LogistikStore;
import io.logistik.inmemory.InMemoryLogistik;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the adapter adds beyond the kit, on one database: round-trip counts, the traps between stores,
 * the schema check. Each concrete class supplies its database.
 */
abstract class JpaAdapterTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");

    abstract TestDatabase db();

    private LogistikStore store;
    private Statistics statistics;

    @BeforeEach
    void openStore() {
        db().empty();
        store = JpaLogistik.builder().entityManagerFactory(db().emf()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        statistics = db().emf().unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private long statements(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    private <T> List<T> measured(Supplier<List<T>> work, long[] count) {
        statistics.clear();
        List<T> result = work.get();
        count[0] = statistics.getPrepareStatementCount();
        return result;
    }

    private List<Long> skus(int n) {
        List<Sku> created = store.inTransaction(tx -> {
            List<Sku> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(tx.skus().create(Sku.of("sku " + i)));
            }
            return out;
        });
        return created.stream().map(Sku::id).toList();
    }

    @Test
    void getOrder_fiftyLines_takesTwoStatements() {
        List<Long> skuIds = skus(50);
        Order order = store.orders().create(Order.of("Ada", skuIds.stream().map(id -> OrderLine.of(id, 2)).toList()));

        long count = statements(() -> assertThat(store.orders().require(order.id()).lines()).hasSize(50));

        assertThat(count).isEqualTo(2);
    }

    @Test
    void findPage_hundredOrdersWithLines_takesThreeStatements() {
        List<Long> skuIds = skus(3);
        store.useTransaction(tx -> {
            for (int i = 0; i < 120; i++) {
                tx.orders().create(Order.of("customer " + i, skuIds.stream().map(id -> OrderLine.of(id, 1)).toList()));
            }
        });
        Query query = Query.of(EntityType.ORDER).orderBy(Schema.Orders.CUSTOMER_NAME.desc()).page(1, 100);

        long[] count = new long[1];
        List<Order> page = measured(() -> store.orders().findPage(query).items(), count);

        assertThat(page).hasSize(100).allSatisfy(o -> assertThat(o.lines()).hasSize(3));
        assertThat(count[0]).isEqualTo(3);
    }

    @Test
    void count_anyOverManyLines_countsEachOrderOnceInOneStatement() {
        List<Long> skuIds = skus(5);
        store.useTransaction(tx -> {
            for (int i = 0; i < 7; i++) {
                tx.orders().create(Order.of("c" + i, skuIds.stream().map(id -> OrderLine.of(id, 3)).toList()));
            }
            tx.orders().create(Order.of("none", List.of()));
        });
        Query query = Query.of(EntityType.ORDER, Schema.Orders.ORDER_LINES.any(Schema.OrderLines.QUANTITY.ge(2)));

        long[] total = new long[1];
        long count = statements(() -> total[0] = store.orders().count(query));

        assertThat(total[0]).isEqualTo(7);
        assertThat(count).isEqualTo(1);
    }

    @Test
    void createOrder_fiftyLines_insertsInBatches() {
        List<Long> skuIds = skus(50);
        statistics.clear();

        store.orders().create(Order.of("Ada", skuIds.stream().map(id -> OrderLine.of(id, 2)).toList()));

        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(6);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(51);
    }

    @Test
    void sortByName_charactersBeyondTheBmp_comeInCodePointOrder() {
        List<String> names = List.of("\uD83D\uDE00 grin", "\uFFFD replacement", "Zebra", "apple", "\uE000 private", "apple ");
        store.useTransaction(tx -> names.forEach(n -> tx.storages().create(Storage.of(n))));

        List<String> sorted = store.storages().find(Query.of(EntityType.STORAGE).orderBy(Schema.Storages.NAME.asc()))
                .stream().map(Storage::name).toList();
        List<String> greater = store.storages().find(Query.of(EntityType.STORAGE, Schema.Storages.NAME.gt("\uFFFD")))
                .stream().map(Storage::name).toList();

        assertThat(sorted).containsExactly("Zebra", "apple", "apple ", "\uE000 private", "\uFFFD replacement", "\uD83D\uDE00 grin");
        assertThat(greater).containsExactly("\uD83D\uDE00 grin", "\uFFFD replacement");
    }

    @Test
    void equals_trailingSpaceAndCase_areSignificant() {
        store.useTransaction(tx -> List.of("Depot", "depot", "Depot ").forEach(n -> tx.storages().create(Storage.of(n))));

        assertThat(store.storages().count(Query.of(EntityType.STORAGE, Schema.Storages.NAME.eq("Depot")))).isEqualTo(1);
        assertThat(store.storages().count(Query.of(EntityType.STORAGE, Schema.Storages.NAME.like("Depot")))).isEqualTo(1);
    }

    @Test
    void like_escapedWildcardsAndTheInternalEscapeCharacter_matchLiterally() {
        store.useTransaction(tx -> List.of("100%!", "100x!", "a_b", "axb", "back\\slash", "bang!!")
                .forEach(n -> tx.storages().create(Storage.of(n))));

        assertThat(names(Schema.Storages.NAME.like("100\\%!"))).containsExactly("100%!");
        assertThat(names(Schema.Storages.NAME.like("a\\_b"))).containsExactly("a_b");
        assertThat(names(Schema.Storages.NAME.like("back\\\\%"))).containsExactly("back\\slash");
        assertThat(names(Schema.Storages.NAME.like("%!!"))).containsExactly("bang!!");
        assertThat(names(Schema.Storages.NAME.like("bang\\!%"))).containsExactly("bang!!");
    }

    @Test
    void like_underscore_matchesOneCodePointBeyondTheBmp() {
        store.useTransaction(tx -> List.of("\uD83D\uDE00 grin", "xx grin", "x grin", "x\uD83D\uDE00").forEach(n -> tx.storages().create(Storage.of(n))));

        assertThat(names(Schema.Storages.NAME.like("_ grin"))).containsExactly("\uD83D\uDE00 grin", "x grin");
        assertThat(names(Schema.Storages.NAME.notLike("_ grin"))).containsExactly("xx grin", "x\uD83D\uDE00");
        assertThat(names(Schema.Storages.NAME.ilike("__ GRIN"))).containsExactly("xx grin");
        assertThat(names(Schema.Storages.NAME.like("x%"))).containsExactly("xx grin", "x grin", "x\uD83D\uDE00");
        assertThat(names(Schema.Storages.NAME.like("x_"))).containsExactly("x\uD83D\uDE00");
        assertThat(names(Schema.Storages.NAME.like("\uD83D\uDE00%"))).containsExactly("\uD83D\uDE00 grin");
    }

    @Test
    void ilikeAndUnaccent_foldedCopies_matchWithoutLowerInSql() {
        store.useTransaction(tx -> List.of("École Ouest", "ECOLE NORD", "Straße").forEach(n -> tx.storages().create(Storage.of(n))));

        assertThat(names(Schema.Storages.NAME.ilike("école%"))).containsExactly("École Ouest");
        assertThat(names(Schema.Storages.NAME.unaccentIlike("ecole%"))).containsExactly("École Ouest", "ECOLE NORD");
        assertThat(names(Schema.Storages.NAME.ilike("STRASSE"))).isEmpty();
        assertThat(names(Schema.Storages.NAME.ilike("STRAßE"))).containsExactly("Straße");
    }

    @Test
    void not_overNullTimestamp_neverSelectsTheNullRow() {
        Storage updated = store.storages().create(Storage.of("updated"));
        store.storages().create(Storage.of("never updated"));
        store.storages().update(updated.withName("updated!"));

        Filter after = Schema.Storages.UPDATED_AT.lt(TimeKeyword.CURRENT_TIMESTAMP);

        assertThat(names(Filter.not(after))).containsExactly("updated!");
        assertThat(names(Filter.not(Schema.Storages.UPDATED_AT.in(NOW.minus(Duration.ofDays(1)), null)))).isEmpty();
        assertThat(names(Schema.Storages.UPDATED_AT.notIn(List.of()))).containsExactly("updated!", "never updated");
        assertThat(names(Filter.not(Schema.Storages.UPDATED_AT.in(List.of())))).containsExactly("updated!", "never updated");
    }

    @Test
    void timestamps_microsecondsAndUtc_roundTrip() {
        Instant created = Instant.parse("1999-12-31T23:59:59.999999Z");

        Storage stored = store.storages().create(new Storage(null, "old", created, null));

        assertThat(store.storages().require(stored.id()).createdAt()).isEqualTo(created);
        assertThat(store.storages().count(Query.of(EntityType.STORAGE, Schema.Storages.CREATED_AT.eq(created)))).isEqualTo(1);
    }

    @Test
    void decimalComparisons_onIntegerColumns_followNumericOrder() {
        long sku = skus(1).get(0);
        long storage = store.storages().create(Storage.of("s")).id();
        store.stock().receive(storage, sku, 3);

        assertThat(store.stock().count(Query.of(EntityType.STOCK, Schema.Stock.ON_HAND.gt(new java.math.BigDecimal("2.5"))))).isEqualTo(1);
        assertThat(store.stock().count(Query.of(EntityType.STOCK, Schema.Stock.ON_HAND.lt(new java.math.BigDecimal("3.0001"))))).isEqualTo(1);
        assertThat(store.stock().count(Query.of(EntityType.STOCK, Schema.Stock.ON_HAND.eq(new java.math.BigDecimal("3.5"))))).isZero();
        assertThat(store.stock().count(Query.of(EntityType.STOCK, Schema.Stock.AVAILABLE.lt(new java.math.BigDecimal("1e30"))))).isEqualTo(1);
    }

    @Test
    void stock_receiveAdjustDelete_keepsQuantitiesAndRefusesBadChanges() {
        long sku = skus(1).get(0);
        long storage = store.storages().create(Storage.of("s")).id();

        assertThat(store.stock().receive(storage, sku, 5)).isEqualTo(new StockLevel(storage, sku, 5, 0));
        assertThatThrownBy(() -> store.stock().adjust(storage, sku, -6)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> store.storages().delete(storage)).isInstanceOf(ReferenceConflictException.class);
        assertThat(store.stock().adjust(storage, sku, -5)).isEqualTo(new StockLevel(storage, sku, 0, 0));
        store.storages().delete(storage);
        assertThat(store.stock().get(storage, sku)).isEmpty();
    }

    @Test
    void start_schemaAtAnotherVersion_failsNamingBothVersions() {
        db().execute("UPDATE logistik_schema_version SET version = 7");
        try {
            assertThatThrownBy(() -> JpaLogistik.create(db().emf()))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("version 7")
                    .hasMessageContaining("version " + LogistikSchema.VERSION)
                    .hasMessageContaining(db().database.location());
        } finally {
            db().execute("UPDATE logistik_schema_version SET version = " + LogistikSchema.VERSION);
        }
    }

    @Test
    void catalog_textColumns_useCodePointCollation() {
        List<List<String>> columns = db().rows("SELECT table_name, column_name, collation_name FROM information_schema.columns"
                + " WHERE table_schema = " + db().currentSchema() + " AND LOWER(table_name) LIKE 'logistik%'"
                + " AND LOWER(data_type) IN ('character varying', 'varchar')");

        assertThat(columns).hasSize(10);
        String expected = switch (db().database) {
            case POSTGRESQL -> "C";
            case MARIADB -> "utf8mb4_nopad_bin";
            case H2 -> "OFF";
        };
        assertThat(columns).allSatisfy(c -> assertThat(c.get(2)).as(c.get(0) + "." + c.get(1)).isEqualTo(expected));
    }

    @Test
    void catalog_timestampColumns_keepMicrosecondsAndTimeZone() {
        List<List<String>> columns = db().rows("SELECT table_name, column_name, LOWER(data_type), datetime_precision"
                + " FROM information_schema.columns WHERE table_schema = " + db().currentSchema()
                + " AND LOWER(column_name) IN ('created_at', 'updated_at')");

        String expected = db().database == LogistikSchema.Database.MARIADB ? "datetime" : "timestamp with time zone";
        assertThat(columns).hasSize(6).allSatisfy(c -> assertThat(c.subList(2, 4)).containsExactly(expected, "6"));
    }

    @Test
    void catalog_checkConstraints_guardQuantitiesAndStates() {
        List<String> checks = db().rows("SELECT LOWER(constraint_name), LOWER(check_clause) FROM information_schema.check_constraints"
                        + " WHERE constraint_schema = " + db().currentSchema() + " AND LOWER(constraint_name) LIKE 'logistik%'")
                .stream().map(r -> r.get(0) + ": " + r.get(1).replaceAll("[\\s\"`()]", "").replace("cast0asbigint", "0")).toList();

        assertThat(checks).hasSize(5);
        assertThat(checks).anySatisfy(c -> assertThat(c).startsWith("logistik_allocation_quantity_ck: quantity>0"));
        assertThat(checks).anySatisfy(c -> assertThat(c).startsWith("logistik_stock_reserved_ck: reserved>=0andreserved<=on_hand"));
        assertThat(checks).anySatisfy(c -> assertThat(c).startsWith("logistik_stock_on_hand_ck: on_hand>=0"));
        assertThat(checks).anySatisfy(c -> assertThat(c).startsWith("logistik_order_line_quantity_ck: quantity>0"));
        assertThat(checks).anySatisfy(c -> assertThat(c).startsWith("logistik_order_state_ck:").contains("open", "reserved", "shipped"));
    }

    @Test
    void checkConstraint_reservedAboveOnHandBySql_isRefused() {
        long sku = skus(1).get(0);
        long storage = store.storages().create(Storage.of("s")).id();
        store.stock().receive(storage, sku, 2);

        assertThatThrownBy(() -> db().execute("UPDATE logistik_stock SET reserved = 3"))
                .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("logistik_stock_reserved_ck"));
        assertThat(store.stock().get(storage, sku)).contains(new StockLevel(storage, sku, 2, 0));
    }

    @Test
    void find_twoThousandRandomQueries_sameRowsInSameOrderAsInMemoryStore() {
        long seed = 20260105L;
        TestClock memoryClock = new TestClock(NOW);
        TestClock databaseClock = new TestClock(NOW);
        try (LogistikStore memory = InMemoryLogistik.builder().clock(memoryClock).build();
             LogistikStore database = JpaLogistik.builder().entityManagerFactory(db().emf()).clock(databaseClock).build()) {
            RandomData memoryData = RandomData.fill(memory, memoryClock, seed);
            RandomData databaseData = RandomData.fill(database, databaseClock, seed);
            assertThat(databaseData.counts()).containsExactly(memoryData.counts());

            for (int i = 0; i < 2000; i++) {
                Query memoryQuery = new RandomFilters(seed + i, (e, n) -> memoryData.ids(e).get(n), memoryData.counts(), NOW).query();
                Query databaseQuery = new RandomFilters(seed + i, (e, n) -> databaseData.ids(e).get(n), databaseData.counts(), NOW).query();

                assertThat(rows(database, databaseQuery, databaseData))
                        .as("query %d: %s", i, memoryQuery)
                        .isEqualTo(rows(memory, memoryQuery, memoryData));
                if (i % 4 == 0) {
                    assertThat(repository(database, databaseQuery.entity()).count(databaseQuery))
                            .as("count %d: %s", i, memoryQuery)
                            .isEqualTo(repository(memory, memoryQuery.entity()).count(memoryQuery));
                }
            }
        }
    }

    private static io.logistik.core.spi.QueryableRepository<?> repository(LogistikStore store, EntityType entity) {
        return switch (entity) {
            case ORDER -> store.orders();
            case ORDER_LINE -> store.orderLines();
            case SKU -> store.skus();
            case STORAGE -> store.storages();
            case STOCK -> store.stock();
        };
    }

    /** The rows a query finds, each as its position in creation order, which both stores share. */
    private static List<String> rows(LogistikStore store, Query query, RandomData data) {
        return repository(store, query.entity()).find(query).stream().map(row -> {
            if (row instanceof Storage s) {
                return "storage#" + data.index(EntityType.STORAGE, s.id());
            } else if (row instanceof Sku s) {
                return "sku#" + data.index(EntityType.SKU, s.id());
            } else if (row instanceof Order o) {
                return "order#" + data.index(EntityType.ORDER, o.id()) + o.lines().stream()
                        .map(l -> data.index(EntityType.ORDER_LINE, l.id()) + "x" + l.quantity()).toList();
            } else if (row instanceof OrderLine l) {
                return "line#" + data.index(EntityType.ORDER_LINE, l.id());
            }
            StockLevel level = (StockLevel) row;
            return "stock#" + data.index(EntityType.STORAGE, level.storageId()) + "/" + data.index(EntityType.SKU, level.skuId())
                    + "=" + level.onHand();
        }).toList();
    }

    @Test
    void inTransaction_entitiesHeldAroundAReservation_neverOverwriteItsSql() {
        long sku = skus(1).get(0);
        long storage = store.storages().create(Storage.of("s")).id();
        Order order = store.orders().create(Order.of("Ada", List.of(OrderLine.of(sku, 5))));
        Allocation allocation = new Allocation(order.id(), order.lines().get(0).id(), storage, sku, 5);

        store.useTransaction(tx -> {
            tx.stock().receive(storage, sku, 10);
            tx.orders().require(order.id());
            tx.reservations().reserve(order.id(), List.of(allocation));
            tx.stock().adjust(storage, sku, 1);
            assertThatThrownBy(() -> tx.orders().update(tx.orders().require(order.id()).withCustomerName("Bea")))
                    .isInstanceOf(ReferenceConflictException.class);
        });

        assertThat(store.stock().get(storage, sku)).contains(new StockLevel(storage, sku, 11, 5));
        assertThat(store.orders().require(order.id()).state()).isEqualTo(OrderState.RESERVED);
        assertThat(store.reservations().reconcile()).isEmpty();
    }

    private List<String> names(Filter filter) {
        return store.storages().find(Query.of(EntityType.STORAGE, filter)).stream().map(Storage::name).toList();
    }
}
