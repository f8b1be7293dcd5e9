package io.logistik.inmemory.internal;

import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.Relationship;
import io.logistik.core.query.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every table of one in-memory store, the id sequence, and the navigation along the schema's
 * relationships. Orders are stored with their lines; the lines are also kept in their own table so
 * they can be queried and found by SKU. Not thread-safe: the store's lock guards it.
 */
public final class Data {

    private static final int BY_SKU = 0;

    public final Table<Long, Storage> storages = new Table<>();
    public final Table<Long, Sku> skus = new Table<>();
    public final Table<StockKey, StockLevel> stock = new Table<>(List.of(StockLevel::skuId));
    public final Table<Long, Order> orders = new Table<>();
    public final Table<Long, OrderLine> orderLines = new Table<>(List.of(OrderLine::skuId));
    public final Table<AllocationKey, Allocation> allocations = new Table<>(List.of(Allocation::skuId));

    private final Map<Relationship, BiFunction<Data, Object, Collection<?>>> navigation = Map.of(
            Schema.Orders.ORDER_LINES, (d, row) -> ((Order) row).lines(),
            Schema.OrderLines.ORDER, (d, row) -> optional(d.orders.get(((OrderLine) row).orderId())),
            Schema.OrderLines.SKU, (d, row) -> optional(d.skus.get(((OrderLine) row).skuId())),
            Schema.Skus.STORAGES, (d, row) -> d.stockOfSku(((Sku) row).id()).stream().map(s -> d.storages.get(s.storageId())).toList(),
            Schema.Skus.STOCK, (d, row) -> d.stockOfSku(((Sku) row).id()),
            Schema.Skus.ORDER_LINES, (d, row) -> d.linesOfSku(((Sku) row).id()),
            Schema.Storages.SKUS, (d, row) -> d.stockOfStorage(((Storage) row).id()).stream().map(s -> d.skus.get(s.skuId())).toList(),
            Schema.Storages.STOCK, (d, row) -> d.stockOfStorage(((Storage) row).id()),
            Schema.Stock.STORAGE, (d, row) -> optional(d.storages.get(((StockLevel) row).storageId())),
            Schema.Stock.SKU, (d, row) -> optional(d.skus.get(((StockLevel) row).skuId())));

    private long nextId;

    /**
     * @param firstId where the id sequence starts; one sequence serves every entity, so ids of
     *                different entities never coincide and nothing can mistake one for another
     */
    public Data(long firstId) {
        this.nextId = firstId;
    }

    /** A fresh id. Ids are not handed back on rollback, as with a database sequence. */
    public long nextId() {
        return nextId++;
    }

    /** The rows {@code row} reaches through {@code relationship}; empty when there are none. */
    public Collection<?> related(Relationship relationship, Object row) {
        return navigation.get(relationship).apply(this, row);
    }

    /** Every stock row of one storage, by key. */
    public Collection<StockLevel> stockOfStorage(long storageId) {
        return stock.view().subMap(new StockKey(storageId, Long.MIN_VALUE), true, new StockKey(storageId, Long.MAX_VALUE), true).values();
    }

    /** Every stock row of one SKU, by key. */
    public List<StockLevel> stockOfSku(long skuId) {
        return stock.keysWhere(BY_SKU, skuId).stream().map(stock::get).toList();
    }

    /** Every order line of one SKU, by id. */
    public List<OrderLine> linesOfSku(long skuId) {
        return orderLines.keysWhere(BY_SKU, skuId).stream().map(orderLines::get).toList();
    }

    /** Every allocation of one order, by line id then storage id. */
    public List<Allocation> allocationsOfOrder(long orderId) {
        return List.copyOf(allocations.view().subMap(new AllocationKey(orderId, Long.MIN_VALUE, Long.MIN_VALUE), true,
                new AllocationKey(orderId, Long.MAX_VALUE, Long.MAX_VALUE), true).values());
    }

    /** Every allocation on one stock level, of orders in any state, by order id then line id. */
    public List<Allocation> allocationsAt(StockKey key) {
        return allocations.keysWhere(BY_SKU, key.skuId()).stream().map(allocations::get)
                .filter(a -> a.storageId() == key.storageId()).toList();
    }

    /** Stores {@code order} and its lines, removing the stored lines it no longer has. */
    public void putOrder(Order order, UndoLog log) {
        Order previous = orders.get(order.id());
        if (previous != null) {
            Set<Long> kept = new HashSet<>();
            order.lines().forEach(l -> kept.add(l.id()));
            for (OrderLine line : previous.lines()) {
                if (!kept.contains(line.id())) {
                    orderLines.remove(line.id(), log);
                }
            }
        }
        for (OrderLine line : order.lines()) {
            orderLines.put(Objects.requireNonNull(line.id()), line, log);
        }
        orders.put(order.id(), order, log);
    }

    /** Removes an order with its lines. */
    public void removeOrder(long orderId, UndoLog log) {
        Order previous = orders.get(orderId);
        for (OrderLine line : previous.lines()) {
            orderLines.remove(line.id(), log);
        }
        orders.remove(orderId, log);
    }

    /** Empties every table, when the store closes. */
    public void clear() {
        storages.clear();
        skus.clear();
        stock.clear();
        orders.clear();
        orderLines.clear();
        allocations.clear();
    }

    private static Collection<?> optional(Object row) {
        List<Object> rows = new ArrayList<>(1);
        if (row != null) {
            rows.add(row);
        }
        return rows;
    }
}
