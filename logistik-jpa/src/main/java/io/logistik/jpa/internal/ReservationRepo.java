package io.logistik.jpa.internal;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.internal.ReservationRules;
import io.logistik.core.internal.StoreChecks;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.ReserveOutcome;
import io.logistik.core.spi.StockDifference;
import org.hibernate.Session;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;

/**
 * Reservations in SQL. The order is claimed first with one conditional UPDATE of its state (which
 * locks its row, so two reserves of one order serialise on it and only one claims it, and its lines
 * cannot change under the plan), then the stock rows are changed in key order with conditional updates
 * sent as one JDBC batch, every row count checked, then the allocations are inserted as one batch: a
 * constant number of round trips whatever the number of lines. {@link #planAndReserve} reads the
 * claimed order, its lines and the stock of their SKUs in one statement, so a whole attempt is claim,
 * read, stock batch, allocation batch and commit. When a row count says another transaction took the
 * units, the attempt is undone: to a savepoint taken before the claim when the call runs inside a
 * caller's transaction (which stays usable), else by rolling back the transaction, which then holds
 * nothing else. The CHECK constraint {@code reserved <= on_hand} backs the conditions up.
 */
final class ReservationRepo implements ReservationRepository {

    private static final String ORDER = "order";
    private static final String TAKE = "UPDATE logistik_stock SET reserved = reserved + ? "
            + "WHERE storage_id = ? AND sku_id = ? AND on_hand - reserved >= ?";
    private static final String GIVE_BACK = "UPDATE logistik_stock SET reserved = reserved - ? "
            + "WHERE storage_id = ? AND sku_id = ? AND reserved >= ?";
    private static final String SHIP = "UPDATE logistik_stock SET on_hand = on_hand - ?, reserved = reserved - ? "
            + "WHERE storage_id = ? AND sku_id = ? AND reserved >= ?";
    /** The claimed order with its lines and every stock level of their SKUs, in one statement. */
    private static final String ORDER_AND_STOCK = "SELECT o.customer_name, o.created_at, o.updated_at, l.id, l.sku_id, l.quantity, "
            + "s.storage_id, s.on_hand, s.reserved FROM logistik_order o "
            + "LEFT JOIN logistik_order_line l ON l.order_id = o.id LEFT JOIN logistik_stock s ON s.sku_id = l.sku_id "
            + "WHERE o.id = ? ORDER BY l.id, s.storage_id";
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final String CLAIM = "UPDATE logistik_order SET state = ?, updated_at = ? WHERE id = ? AND state = ?";
    private static final String LINES = "SELECT id, sku_id, quantity FROM logistik_order_line WHERE order_id = ?";
    private static final int CLAIM_ATTEMPTS = 3;
    private static final String INSERT = "INSERT INTO logistik_allocation (order_id, line_id, storage_id, sku_id, quantity) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String OF_ORDER = "SELECT order_id, line_id, storage_id, sku_id, quantity FROM logistik_allocation "
            + "WHERE order_id = ? ORDER BY line_id, storage_id";
    private static final String AT_STOCK = "SELECT a.order_id, a.line_id, a.storage_id, a.sku_id, a.quantity "
            + "FROM logistik_allocation a JOIN logistik_order o ON o.id = a.order_id "
            + "WHERE a.storage_id = ? AND a.sku_id = ? AND o.state = 'reserved' ORDER BY a.order_id, a.line_id";
    private static final String LIVE_SUMS = "SELECT a.storage_id, a.sku_id, SUM(a.quantity) "
            + "FROM logistik_allocation a JOIN logistik_order o ON o.id = a.order_id "
            + "WHERE o.state = 'reserved' GROUP BY a.storage_id, a.sku_id";

    private final Tx tx;

    ReservationRepo(Tx tx) {
        this.tx = tx;
    }

    @Override
    public ReserveOutcome reserve(long orderId, List<Allocation> allocations) {
        ReservationRules.validate(orderId, allocations);
        return attempt(orderId, connection -> new Planned(lines(connection, orderId), allocations));
    }

    @Override
    public ReserveOutcome planAndReserve(long orderId, Planner planner) {
        StoreChecks.present(planner, "planner");
        return attempt(orderId, connection -> {
            Map<Long, OrderLine> lines = new LinkedHashMap<>();
            List<StockLevel> stock = new ArrayList<>();
            Order order;
            try (PreparedStatement select = connection.prepareStatement(ORDER_AND_STOCK)) {
                select.setLong(1, orderId);
                try (ResultSet rows = select.executeQuery()) {
                    String customer = null;
                    Instant createdAt = null;
                    Instant updatedAt = null;
                    while (rows.next()) {
                        if (customer == null) {
                            // The order's columns repeat on every row; read them once.
                            Calendar utc = utc();
                            customer = rows.getString(1);
                            createdAt = instant(rows, 2, utc);
                            updatedAt = instant(rows, 3, utc);
                        }
                        long lineId = rows.getLong(4);
                        if (!rows.wasNull()) {
                            long skuId = rows.getLong(5);
                            lines.putIfAbsent(lineId, new OrderLine(lineId, orderId, skuId, rows.getLong(6)));
                            long storageId = rows.getLong(7);
                            if (!rows.wasNull()) {
                                stock.add(new StockLevel(storageId, skuId, rows.getLong(8), rows.getLong(9)));
                            }
                        }
                    }
                    order = new Order(orderId, customer, OrderState.OPEN, createdAt, updatedAt, List.copyOf(lines.values()));
                }
            }
            stock.sort(Comparator.comparingLong(StockLevel::storageId).thenComparingLong(StockLevel::skuId));
            List<Allocation> allocations = planner.plan(order, stock);
            ReservationRules.validate(orderId, allocations);
            return new Planned(order.lines(), allocations);
        });
    }

    /**
     * One attempt: claims the order, then reads the lines and gets the plan from {@code planned}, then
     * changes stock and stores allocations. Whatever fails after the claim is undone before the call
     * returns: to a savepoint when the caller's work shares the transaction, else by rolling all of it
     * back, which saves the savepoint's round trip when the reservation is the whole transaction.
     */
    private ReserveOutcome attempt(long orderId, SqlWork<Planned> planned) {
        Savepoint savepoint = tx.singleCall ? null : work(Connection::setSavepoint);
        for (int attempt = 1; !claim(orderId, OrderState.OPEN, OrderState.RESERVED); attempt++) {
            String state = stateOf(orderId);
            if (OrderState.RESERVED.code().equals(state)) {
                return new ReserveOutcome.Reserved(work(connection -> allocations(connection, orderId)), true);
            }
            if (!OrderState.OPEN.code().equals(state)) {
                throw StoreChecks.stateConflict(orderId, state, OrderState.OPEN, "reserved");
            }
            if (attempt == CLAIM_ATTEMPTS) {
                // Released each time between the claim and the look: give up rather than chase it.
                throw new ConcurrencyConflictException("order " + orderId + " changed state during each of " + CLAIM_ATTEMPTS + " claims");
            }
        }
        ReserveOutcome outcome;
        try {
            outcome = work(connection -> {
                Planned plan = planned.run(connection);
                ReserveOutcome failed = commit(connection, orderId, plan);
                if (failed != null) {
                    undo(connection, savepoint);
                    return failed;
                }
                return new ReserveOutcome.Reserved(plan.allocations.stream().sorted(ReservationRules.BY_LINE).toList(), false);
            });
        } catch (RuntimeException e) {
            if (savepoint != null) {
                try {
                    work(connection -> {
                        connection.rollback(savepoint);
                        return null;
                    });
                } catch (RuntimeException undoFailed) {
                    e.addSuppressed(undoFailed);
                }
            }
            throw e;
        }
        tx.em.clear();
        return outcome;
    }

    /** The stock changes and allocation inserts of a claimed order's plan; the outcome to return instead when they cannot be made. */
    private static ReserveOutcome commit(Connection connection, long orderId, Planned plan) throws SQLException {
        String mismatch = ReservationRules.mismatch(orderId, plan.lines, plan.allocations);
        if (mismatch != null) {
            return new ReserveOutcome.OrderChanged(mismatch);
        }
        SortedMap<StockKey, Long> demand = ReservationRules.demand(plan.allocations);
        List<StockKey> keys = new ArrayList<>(demand.keySet());
        int[] counts;
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            for (StockKey key : keys) {
                long units = demand.get(key);
                take.setLong(1, units);
                take.setLong(2, key.storageId());
                take.setLong(3, key.skuId());
                take.setLong(4, units);
                take.addBatch();
            }
            counts = keys.isEmpty() ? new int[0] : take.executeBatch();
        }
        List<StockKey> taken = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (rowCount(counts[i]) == 0) {
                taken.add(keys.get(i));
            }
        }
        if (!taken.isEmpty()) {
            return new ReserveOutcome.StockTaken(taken);
        }
        if (!plan.allocations.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Allocation a : plan.allocations) {
                    insert.setLong(1, a.orderId());
                    insert.setLong(2, a.lineId());
                    insert.setLong(3, a.storageId());
                    insert.setLong(4, a.skuId());
                    insert.setLong(5, a.quantity());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return null;
    }

    /** Undoes a failed attempt: to its savepoint, or the whole transaction when the attempt is all of it. */
    private static void undo(Connection connection, Savepoint savepoint) throws SQLException {
        if (savepoint != null) {
            connection.rollback(savepoint);
        } else {
            connection.rollback();
        }
    }

    private static List<OrderLine> lines(Connection connection, long orderId) throws SQLException {
        List<OrderLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(LINES)) {
            select.setLong(1, orderId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new OrderLine(rows.getLong(1), orderId, rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return lines;
    }

    /** A claimed order's lines and the allocations planned for them. */
    private record Planned(List<OrderLine> lines, List<Allocation> allocations) {
    }

    @Override
    public Order release(long orderId) {
        return leaveReserved(orderId, OrderState.OPEN, "released", connection -> {
            changeStock(connection, GIVE_BACK, allocations(connection, orderId), false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM logistik_allocation WHERE order_id = ?")) {
                delete.setLong(1, orderId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Order ship(long orderId) {
        return leaveReserved(orderId, OrderState.SHIPPED, "shipped", connection -> {
            changeStock(connection, SHIP, allocations(connection, orderId), true);
            return null;
        });
    }

    /** Claims a reserved order for {@code to}, then changes its stock and allocations with {@code stockWork}. */
    private Order leaveReserved(long orderId, OrderState to, String what, SqlWork<Void> stockWork) {
        if (!claim(orderId, OrderState.RESERVED, to)) {
            throw StoreChecks.stateConflict(orderId, stateOf(orderId), OrderState.RESERVED, what);
        }
        work(stockWork);
        tx.em.clear();
        return tx.orders().require(orderId);
    }

    @Override
    public List<Allocation> ofOrder(long orderId) {
        if (tx.em.find(LogistikOrder.class, orderId) == null) {
            throw new NotFoundException(ORDER, orderId);
        }
        return work(connection -> allocations(connection, orderId));
    }

    @Override
    public List<Allocation> atStock(long storageId, long skuId) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement(AT_STOCK)) {
                select.setLong(1, storageId);
                select.setLong(2, skuId);
                return read(select);
            }
        });
    }

    @Override
    public List<StockDifference> reconcile() {
        return work(connection -> {
            Map<StockKey, Long> reserved = new HashMap<>();
            Map<StockKey, Long> allocated = new HashMap<>();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT storage_id, sku_id, reserved FROM logistik_stock")) {
                    while (rows.next()) {
                        reserved.put(new StockKey(rows.getLong(1), rows.getLong(2)), rows.getLong(3));
                    }
                }
                try (ResultSet rows = statement.executeQuery(LIVE_SUMS)) {
                    while (rows.next()) {
                        allocated.put(new StockKey(rows.getLong(1), rows.getLong(2)), rows.getLong(3));
                    }
                }
            }
            return ReservationRules.differences(reserved, allocated);
        });
    }

    /**
     * The claim: one conditional UPDATE moving the order from {@code from} to {@code to}, which locks its
     * row until the transaction ends, so concurrent claims of one order serialise and only one succeeds.
     */
    private boolean claim(long orderId, OrderState from, OrderState to) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setString(1, to.code());
                update.setTimestamp(2, Timestamp.from(tx.now()), utc());
                update.setLong(3, orderId);
                update.setString(4, from.code());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** A calendar for timestamps in UTC, as Hibernate reads and writes them here ({@code hibernate.jdbc.time_zone}). */
    private static Calendar utc() {
        return Calendar.getInstance(UTC);
    }

    private static Instant instant(ResultSet rows, int column, Calendar utc) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column, utc);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The order's state code, after a claim found it in another state. */
    private String stateOf(long orderId) {
        return work(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT state FROM logistik_order WHERE id = ?")) {
                select.setLong(1, orderId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new NotFoundException(ORDER, orderId);
                    }
                    return rows.getString(1);
                }
            }
        });
    }

    /** Gives back (or ships) the order's units in key order; a row count of 0 means reserved no longer covers them. */
    private static void changeStock(Connection connection, String sql, List<Allocation> allocations, boolean alsoOnHand) throws SQLException {
        SortedMap<StockKey, Long> demand = ReservationRules.demand(allocations);
        if (demand.isEmpty()) {
            return;
        }
        List<StockKey> keys = new ArrayList<>(demand.keySet());
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (StockKey key : keys) {
                int i = 1;
                long units = demand.get(key);
                update.setLong(i++, units);
                if (alsoOnHand) {
                    update.setLong(i++, units);
                }
                update.setLong(i++, key.storageId());
                update.setLong(i++, key.skuId());
                update.setLong(i, units);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < keys.size(); i++) {
                if (rowCount(counts[i]) == 0) {
                    throw new ReferenceConflictException("stock", keys.get(i),
                            "reserved is below the order's allocation of " + demand.get(keys.get(i)) + "; reconcile() lists such rows");
                }
            }
        }
    }

    private static int rowCount(int count) {
        if (count == Statement.SUCCESS_NO_INFO) {
            throw new IllegalStateException("the JDBC driver reported no row count for a batched update; "
                    + "with MariaDB keep useBulkStmts=false (the default) on the JDBC URL");
        }
        return count;
    }

    private static List<Allocation> allocations(Connection connection, long orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_ORDER)) {
            select.setLong(1, orderId);
            return read(select);
        }
    }

    private static List<Allocation> read(PreparedStatement select) throws SQLException {
        List<Allocation> out = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                out.add(new Allocation(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        return out;
    }

    /** Runs JDBC work on the transaction's connection, after writing what the entity manager holds. */
    private <R> R work(SqlWork<R> work) {
        if (!tx.singleCall) {
            // A single call on the store has nothing to write: it only reads entities.
            tx.em.flush();
        }
        return tx.em.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }
}
