package io.logistik.jpa.internal;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.NotFoundException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.OrderRepository;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders with their lines. A batch of orders costs one statement for the orders and one for all their
 * lines ({@code order_id IN (...)}, in chunks of {@link #IN_CHUNK} ids), never one per order.
 */
final class OrderRepo extends QueryRepo<LogistikOrder, Order> implements OrderRepository {

    /** Ids per IN list, well under every supported database's bind-parameter limit. */
    static final int IN_CHUNK = 1000;

    OrderRepo(Tx tx) {
        super(tx, EntityType.ORDER, LogistikOrder.class);
    }

    @Override
    List<Order> map(List<LogistikOrder> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        List<Long> ids = rows.stream().map(o -> o.id).toList();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            timed(tx.em.createQuery("select l from LogistikOrderLine l where l.orderId in :ids order by l.id", LogistikOrderLine.class)
                            .setParameter("ids", chunk), TypedQuery::getResultList)
                    .forEach(l -> lines.computeIfAbsent(l.orderId, k -> new ArrayList<>()).add(Model.line(l)));
        }
        return rows.stream().map(o -> Model.order(o, lines.getOrDefault(o.id, List.of()))).toList();
    }

    @Override
    public Order create(Order value) {
        StoreChecks.newOrder(value);
        requireSkus(null, value.lines());
        LogistikOrder row = new LogistikOrder();
        row.name(value.customerName());
        row.state = OrderState.OPEN.code();
        row.createdAt = value.createdAt() != null ? value.createdAt() : tx.now();
        tx.em.persist(row);
        List<LogistikOrderLine> lines = new ArrayList<>();
        for (OrderLine line : value.lines()) {
            lines.add(persistLine(row.id, line));
        }
        return order(row, lines);
    }

    @Override
    public Optional<Order> get(long id) {
        LogistikOrder row = tx.em.find(LogistikOrder.class, id);
        return row == null ? Optional.empty() : Optional.of(map(List.of(row)).get(0));
    }

    @Override
    public Order require(long id) {
        return get(id).orElseThrow(() -> new NotFoundException("order", id));
    }

    @Override
    public Order update(Order value) {
        LogistikOrder row = locked(StoreChecks.updatedId(StoreChecks.present(value, "order").id()));
        Map<Long, LogistikOrderLine> stored = new LinkedHashMap<>();
        storedLines(row.id).forEach(l -> stored.put(l.id, l));
        StoreChecks.orderUpdate(value, row.id, OrderState.fromCode(row.state), row.createdAt, stored.keySet());
        requireSkus(row.id, value.lines());
        Set<Long> kept = new HashSet<>();
        value.lines().stream().map(OrderLine::id).filter(java.util.Objects::nonNull).forEach(kept::add);
        boolean removed = false;
        for (LogistikOrderLine line : stored.values()) {
            if (!kept.contains(line.id)) {
                tx.em.remove(line);
                removed = true;
            }
        }
        if (removed) {
            // Hibernate flushes inserts before deletes; a SKU moved from a removed line to a new one would break the unique key.
            tx.em.flush();
        }
        List<LogistikOrderLine> lines = new ArrayList<>();
        for (OrderLine line : value.lines()) {
            if (line.id() == null) {
                lines.add(persistLine(row.id, line));
            } else {
                LogistikOrderLine existing = stored.get(line.id());
                existing.skuId = line.skuId();
                existing.quantity = line.quantity();
                lines.add(existing);
            }
        }
        row.name(value.customerName());
        row.updatedAt = tx.now();
        return order(row, lines);
    }

    @Override
    public void delete(long id) {
        LogistikOrder row = locked(id);
        StoreChecks.requireState(id, OrderState.fromCode(row.state), OrderState.OPEN, "deleted");
        storedLines(id).forEach(tx.em::remove);
        tx.em.remove(row);
    }

    private LogistikOrder locked(long id) {
        LogistikOrder row = tx.em.find(LogistikOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException("order", id);
        }
        return row;
    }

    private List<LogistikOrderLine> storedLines(long orderId) {
        return tx.em.createQuery("select l from LogistikOrderLine l where l.orderId = :id order by l.id", LogistikOrderLine.class)
                .setParameter("id", orderId)
                .getResultList();
    }

    private LogistikOrderLine persistLine(long orderId, OrderLine line) {
        LogistikOrderLine row = new LogistikOrderLine();
        row.orderId = orderId;
        row.skuId = line.skuId();
        row.quantity = line.quantity();
        tx.em.persist(row);
        return row;
    }

    /** Refuses lines naming SKUs that do not exist, every such line named, with one query. */
    private void requireSkus(Long orderId, List<OrderLine> lines) {
        StoreChecks.requireSkus(orderId, lines, tx.existing(LogistikSku.class, lines.stream().map(OrderLine::skuId).toList()));
    }

    private static Order order(LogistikOrder row, List<LogistikOrderLine> lines) {
        return Model.order(row, lines.stream().sorted(Comparator.comparing(l -> l.id)).map(Model::line).toList());
    }
}
