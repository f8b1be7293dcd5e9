package io.logistik.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.logistik.core.fulfilment.FulfilmentPlanner;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.StockSnapshot;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockLevel;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reservation load benchmark on PostgreSQL (not a test; run it with
 * {@code mvn -B -Preservation-load -DskipTests verify} and the {@code LOGISTIK_POSTGRES_*} variables set).
 * 10 storages x 10,000 SKUs (100,000 stock rows, plenty on hand everywhere), orders of 5 distinct
 * random SKUs created beforehand; then, at 1, 4, 8 and 16 threads, the same number of orders reserved
 * through the library ({@link ReservationService}, fewest storages) and through a hand-written JDBC
 * baseline doing the same transaction (read lines and stock, the same pure planner, conditional stock
 * updates as one batch, allocation inserts as one batch, conditional state update, commit), in the same
 * run. Prints reservations per second, p50 and p99 latency and the ratio library / baseline, then the
 * JDBC round trips per reservation (a batch counts as one) for orders of 1, 5 and 20 lines.
 *
 * <p>System properties: {@code logistik.load.orders} (orders per thread count and side, default 4,000),
 * {@code logistik.load.warmup} (default 1,000), {@code logistik.load.seed} (default 20261204).
 */
public final class ReservationLoadBenchmark {

    private static final int STORAGES = 10;
    private static final int SKUS = 10_000;
    private static final int LINES = 5;
    private static final int[] THREADS = {1, 4, 8, 16};
    private static final String CLAIM = "UPDATE logistik_order SET state = 'reserved', updated_at = ? WHERE id = ? AND state = 'open'";
    private static final String TAKE = "UPDATE logistik_stock SET reserved = reserved + ? "
            + "WHERE storage_id = ? AND sku_id = ? AND on_hand - reserved >= ?";
    private static final String INSERT = "INSERT INTO logistik_allocation (order_id, line_id, storage_id, sku_id, quantity) VALUES (?, ?, ?, ?, ?)";

    private final Random random;
    private long nextOrderId = 1;
    private long nextLineId = 1;

    private ReservationLoadBenchmark(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("logistik.load.orders", 4_000);
        int warmup = Integer.getInteger("logistik.load.warmup", 1_000);
        ReservationLoadBenchmark benchmark = new ReservationLoadBenchmark(Long.getLong("logistik.load.seed", 20261204L));
        try (TestDatabase db = TestDatabase.open(Database.POSTGRESQL, "logistik_load");
             HikariDataSource pool = pool(db.dataSource().getJdbcUrl())) {
            CountingDataSource counting = new CountingDataSource(pool);
            benchmark.fill(pool);
            try (LogistikStore store = JpaLogistik.builder().dataSource(counting.dataSource()).maximumPoolSize(17).build()) {
                ReservationService service = new ReservationService(store);
                Baseline baseline = new Baseline(counting);
                benchmark.run(service::reserve, benchmark.createOrders(pool, warmup, LINES), 8);
                benchmark.run(baseline::reserve, benchmark.createOrders(pool, warmup, LINES), 8);
                System.out.println("| threads | library res/s | library p50 ms | library p99 ms | baseline res/s | baseline p50 ms | baseline p99 ms | library / baseline |");
                System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
                for (int threads : THREADS) {
                    Result library = benchmark.run(service::reserve, benchmark.createOrders(pool, orders, LINES), threads);
                    Result jdbc = benchmark.run(baseline::reserve, benchmark.createOrders(pool, orders, LINES), threads);
                    System.out.printf("| %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f |%n", threads, library.perSecond(),
                            library.p50(), library.p99(), jdbc.perSecond(), jdbc.p50(), jdbc.p99(), library.perSecond() / jdbc.perSecond());
                }
                System.out.println();
                System.out.println("| lines per order | library round trips per reservation | baseline round trips per reservation |");
                System.out.println("|---:|---:|---:|");
                for (int lines : new int[] {1, LINES, 20}) {
                    System.out.printf("| %d | %.2f | %.2f |%n", lines, benchmark.trips(counting, service::reserve, pool, lines),
                            benchmark.trips(counting, baseline::reserve, pool, lines));
                }
            }
        }
    }

    private interface Reserver {
        Object reserve(long orderId) throws Exception;
    }

    private record Result(int count, long nanos, long[] latencies) {
        double perSecond() {
            return count * 1e9 / nanos;
        }

        double p50() {
            return latencies[latencies.length / 2] / 1e6;
        }

        double p99() {
            return latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] / 1e6;
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv("LOGISTIK_POSTGRES_USER"));
        config.setPassword(System.getenv("LOGISTIK_POSTGRES_PASSWORD"));
        config.setMaximumPoolSize(17);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("logistik-load");
        return new HikariDataSource(config);
    }

    private Result run(Reserver reserver, List<Long> orderIds, int threads) throws Exception {
        long[] latencies = new long[orderIds.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            long began = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < orderIds.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        reserver.reserve(orderIds.get(i));
                        latencies[i] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            long nanos = System.nanoTime() - began;
            Arrays.sort(latencies);
            return new Result(orderIds.size(), nanos, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private double trips(CountingDataSource counting, Reserver reserver, HikariDataSource pool, int lines) throws Exception {
        List<Long> ids = createOrders(pool, 200, lines);
        long before = counting.trips();
        for (long id : ids) {
            reserver.reserve(id);
        }
        return (counting.trips() - before) / (double) ids.size();
    }

    /** Storages, SKUs and 100,000 stock rows, written directly, with the sequences moved past the ids used. */
    private void fill(HikariDataSource pool) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T08:30:00Z"));
        try (Connection c = pool.getConnection()) {
            insertNamed(c, "logistik_storage", "name", STORAGES, "Storage ", now);
            insertNamed(c, "logistik_sku", "product_name", SKUS, "SKU ", now);
            try (PreparedStatement stock = c.prepareStatement(
                    "INSERT INTO logistik_stock (id, storage_id, sku_id, on_hand, reserved) VALUES (?, ?, ?, ?, 0)")) {
                long id = 1;
                for (int storage = 1; storage <= STORAGES; storage++) {
                    for (int sku = 1; sku <= SKUS; sku++) {
                        stock.setLong(1, id++);
                        stock.setLong(2, storage);
                        stock.setLong(3, STORAGES + sku);
                        stock.setLong(4, 1_000_000);
                        stock.addBatch();
                    }
                    stock.executeBatch();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval('logistik_storage_seq', 1000000), setval('logistik_sku_seq', 1000000),"
                        + " setval('logistik_stock_seq', 1000000), setval('logistik_order_seq', 100000000),"
                        + " setval('logistik_order_line_seq', 100000000)");
                s.execute("ANALYZE");
            }
            c.commit();
        }
    }

    private static void insertNamed(Connection c, String table, String column, int count, String prefix, Timestamp now) throws SQLException {
        int offset = table.equals("logistik_sku") ? STORAGES : 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (id, " + column + ", " + column + "_folded, "
                + column + "_unaccented, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                String name = prefix + i;
                insert.setLong(1, offset + i);
                insert.setString(2, name);
                insert.setString(3, name.toLowerCase(java.util.Locale.ROOT));
                insert.setString(4, name.toLowerCase(java.util.Locale.ROOT));
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Open orders of {@code lines} distinct random SKUs, 1 to 3 units each, written directly. */
    private List<Long> createOrders(HikariDataSource pool, int count, int lines) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T08:30:00Z"));
        try (Connection c = pool.getConnection();
             PreparedStatement order = c.prepareStatement("INSERT INTO logistik_order (id, customer_name, customer_name_folded, "
                     + "customer_name_unaccented, state, created_at) VALUES (?, 'Load', 'load', 'load', 'open', ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO logistik_order_line (id, order_id, sku_id, quantity) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = nextOrderId++;
                order.setLong(1, id);
                order.setTimestamp(2, now);
                order.addBatch();
                random.ints(1, SKUS + 1).distinct().limit(lines).forEach(sku -> {
                    try {
                        line.setLong(1, nextLineId++);
                        line.setLong(2, id);
                        line.setLong(3, STORAGES + sku);
                        line.setLong(4, 1 + random.nextInt(3));
                        line.addBatch();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                ids.add(id);
            }
            order.executeBatch();
            line.executeBatch();
            c.commit();
        }
        return ids;
    }

    /** The hand-written JDBC reservation: one transaction, the same planner, batches for stock and allocations. */
    private record Baseline(CountingDataSource counting) {

        Object reserve(long orderId) throws SQLException {
            try (Connection c = counting.dataSource().getConnection()) {
                List<OrderLine> lines = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("SELECT id, sku_id, quantity FROM logistik_order_line WHERE order_id = ? ORDER BY id")) {
                    select.setLong(1, orderId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            lines.add(new OrderLine(rows.getLong(1), orderId, rows.getLong(2), rows.getLong(3)));
                        }
                    }
                }
                List<StockLevel> stock = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("SELECT storage_id, sku_id, on_hand, reserved FROM logistik_stock WHERE sku_id = ANY (?)")) {
                    select.setArray(1, c.createArrayOf("bigint", lines.stream().map(OrderLine::skuId).toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            stock.add(new StockLevel(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                        }
                    }
                }
                Order order = new Order(orderId, "Load", OrderState.OPEN, null, null, lines);
                Plan plan = FulfilmentPlanner.plan(order, StockSnapshot.of(stock), PlanOptions.defaults()).requirePlan();
                List<io.logistik.core.fulfilment.Allocation> allocations = new ArrayList<>(plan.allocations());
                allocations.sort((a, b) -> a.storageId() != b.storageId() ? Long.compare(a.storageId(), b.storageId())
                        : Long.compare(a.skuId(), b.skuId()));
                try (PreparedStatement take = c.prepareStatement(TAKE)) {
                    for (var a : allocations) {
                        take.setLong(1, a.quantity());
                        take.setLong(2, a.storageId());
                        take.setLong(3, a.skuId());
                        take.setLong(4, a.quantity());
                        take.addBatch();
                    }
                    for (int count : take.executeBatch()) {
                        if (count != 1) {
                            c.rollback();
                            throw new IllegalStateException("stock taken");
                        }
                    }
                }
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    for (var a : allocations) {
                        insert.setLong(1, orderId);
                        insert.setLong(2, a.lineId());
                        insert.setLong(3, a.storageId());
                        insert.setLong(4, a.skuId());
                        insert.setLong(5, a.quantity());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
                    claim.setTimestamp(1, Timestamp.from(Instant.now()));
                    claim.setLong(2, orderId);
                    if (claim.executeUpdate() != 1) {
                        c.rollback();
                        throw new IllegalStateException("order " + orderId + " is not open");
                    }
                }
                c.commit();
                return plan;
            }
        }
    }
}
