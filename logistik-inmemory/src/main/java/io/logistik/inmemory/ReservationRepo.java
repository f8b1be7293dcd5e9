package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.internal.ReservationRules;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.ReserveOutcome;
import io.logistik.core.spi.StockDifference;
import io.logistik.inmemory.internal.AllocationKey;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.UndoLog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Reservations on the in-memory tables. Each call runs under the store's write lock (or inside the
 * caller's transaction, which holds it), so the availability check and the change of a stock row can
 * never interleave with another writer; the undo log makes every call all or nothing.
 */
final class ReservationRepo implements ReservationRepository {

    private static final String ORDER = EntityType.ORDER.code();

    private final Access access;

    ReservationRepo(Access access) {
        this.access = access;
    }

    @Override
    public ReserveOutcome reserve(long orderId, List<Allocation> allocations) {
        ReservationRules.validate(orderId, allocations);
        return access.write((d, log) -> {
            Order order = StoreChecks.found(d.orders.get(orderId), ORDER, orderId);
            if (order.state() == OrderState.RESERVED) {
                return new ReserveOutcome.Reserved(d.allocationsOfOrder(orderId), true);
            }
            StoreChecks.requireState(order.id(), order.state(), OrderState.OPEN, "reserved");
            String mismatch = ReservationRules.mismatch(orderId, order.lines(), allocations);
            if (mismatch != null) {
                return new ReserveOutcome.OrderChanged(mismatch);
            }
            SortedMap<StockKey, Long> demand = ReservationRules.demand(allocations);
            List<StockKey> taken = new ArrayList<>();
            demand.forEach((key, units) -> {
                StockLevel level = d.stock.get(key);
                if (level == null || level.available() < units) {
                    taken.add(key);
                }
            });
            if (!taken.isEmpty()) {
                return new ReserveOutcome.StockTaken(taken);
            }
            demand.forEach((key, units) -> changeStock(d, log, key, 0, units));
            allocations.forEach(a -> d.allocations.put(AllocationKey.of(a), a, log));
            moveTo(d, log, order, OrderState.RESERVED);
            return new ReserveOutcome.Reserved(d.allocationsOfOrder(orderId), false);
        });
    }

    /**
     * Reads the order and its stock, plans without holding the store's lock (unless a transaction holds
     * it) and commits through {@link #reserve(long, List)}, whose checks under the write lock catch
     * anything changed meanwhile: the flow the service had before stores could plan inside an attempt.
     */
    @Override
    public ReserveOutcome planAndReserve(long orderId, Planner planner) {
        StoreChecks.present(planner, "planner");
        Snapshot snapshot = access.read(d -> {
            Order order = StoreChecks.found(d.orders.get(orderId), ORDER, orderId);
            if (order.state() == OrderState.RESERVED) {
                return new Snapshot(order, List.of(), d.allocationsOfOrder(orderId));
            }
            StoreChecks.requireState(order.id(), order.state(), OrderState.OPEN, "reserved");
            TreeSet<StockKey> keys = new TreeSet<>();
            order.lines().forEach(line -> d.stockOfSku(line.skuId()).forEach(level -> keys.add(level.key())));
            return new Snapshot(order, keys.stream().map(d.stock::get).toList(), null);
        });
        if (snapshot.existing != null) {
            return new ReserveOutcome.Reserved(snapshot.existing, true);
        }
        return reserve(orderId, planner.plan(snapshot.order, snapshot.stock));
    }

    private record Snapshot(Order order, List<StockLevel> stock, List<Allocation> existing) {
    }

    @Override
    public Order release(long orderId) {
        return access.write((d, log) -> {
            Order order = reservedOrder(d, orderId, "released");
            List<Allocation> allocations = d.allocationsOfOrder(orderId);
            ReservationRules.demand(allocations).forEach((key, units) -> changeStock(d, log, key, 0, -units));
            allocations.forEach(a -> d.allocations.remove(AllocationKey.of(a), log));
            return moveTo(d, log, order, OrderState.OPEN);
        });
    }

    @Override
    public Order ship(long orderId) {
        return access.write((d, log) -> {
            Order order = reservedOrder(d, orderId, "shipped");
            ReservationRules.demand(d.allocationsOfOrder(orderId)).forEach((key, units) -> changeStock(d, log, key, -units, -units));
            return moveTo(d, log, order, OrderState.SHIPPED);
        });
    }

    @Override
    public List<Allocation> ofOrder(long orderId) {
        return access.read(d -> {
            StoreChecks.found(d.orders.get(orderId), ORDER, orderId);
            return d.allocationsOfOrder(orderId);
        });
    }

    @Override
    public List<Allocation> atStock(long storageId, long skuId) {
        return access.read(d -> d.allocationsAt(new StockKey(storageId, skuId)).stream()
                .filter(a -> isLive(d, a)).sorted(ReservationRules.BY_ORDER).toList());
    }

    @Override
    public List<StockDifference> reconcile() {
        return access.read(d -> {
            Map<StockKey, Long> reserved = new HashMap<>();
            d.stock.values().forEach(level -> reserved.put(level.key(), level.reserved()));
            return ReservationRules.differences(reserved,
                    ReservationRules.demand(d.allocations.values().stream().filter(a -> isLive(d, a)).toList()));
        });
    }

    private static boolean isLive(Data d, Allocation a) {
        return d.orders.get(a.orderId()).state() == OrderState.RESERVED;
    }

    private Order reservedOrder(Data d, long orderId, String what) {
        Order order = StoreChecks.found(d.orders.get(orderId), ORDER, orderId);
        StoreChecks.requireState(order.id(), order.state(), OrderState.RESERVED, what);
        return order;
    }

    /** Changes one stock row; the record's constructor refuses a result with reserved above on_hand or below 0. */
    private static void changeStock(Data d, UndoLog log, StockKey key, long onHandDelta, long reservedDelta) {
        StockLevel level = d.stock.get(key);
        d.stock.put(key, new StockLevel(key.storageId(), key.skuId(), level.onHand() + onHandDelta,
                level.reserved() + reservedDelta), log);
    }

    private Order moveTo(Data d, UndoLog log, Order order, OrderState state) {
        Order moved = new Order(order.id(), order.customerName(), state, order.createdAt(), access.now(), order.lines());
        d.orders.put(moved.id(), moved, log);
        return moved;
    }
}
