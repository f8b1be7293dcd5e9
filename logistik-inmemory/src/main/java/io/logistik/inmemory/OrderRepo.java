package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.OrderRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class OrderRepo extends KeyedRepository<Order> implements OrderRepository {

    private static final String ENTITY = EntityType.ORDER.code();

    OrderRepo(Access access) {
        super(access, EntityType.ORDER);
    }

    @Override
    Table<Long, Order> table(Data data) {
        return data.orders;
    }

    @Override
    public Order create(Order value) {
        StoreChecks.present(value, ENTITY);
        Violations v = new Violations();
        StoreChecks.newRow(v, value.id(), value.updatedAt());
        if (value.state() != OrderState.OPEN) {
            v.add("state", "a new order must be open, was " + value.state().code());
        }
        for (int i = 0; i < value.lines().size(); i++) {
            OrderLine line = value.lines().get(i);
            if (line.id() != null) {
                v.add("order_lines[" + i + "].id", "must be null on create: the store assigns ids, was " + line.id());
            }
            if (line.orderId() != null) {
                v.add("order_lines[" + i + "].order_id", "must be null on create, was " + line.orderId());
            }
        }
        v.throwIfAny();
        return access.write((d, log) -> {
            checkSkusExist(d, null, value.lines());
            long id = d.nextId();
            List<OrderLine> lines = new ArrayList<>();
            for (OrderLine line : value.lines()) {
                lines.add(new OrderLine(d.nextId(), id, line.skuId(), line.quantity()));
            }
            Instant created = value.createdAt() != null ? value.createdAt() : access.now();
            Order stored = new Order(id, value.customerName(), OrderState.OPEN, created, null, lines);
            d.putOrder(stored, log);
            return stored;
        });
    }

    @Override
    public Order update(Order value) {
        StoreChecks.present(value, ENTITY);
        long id = StoreChecks.updatedId(value.id());
        return access.write((d, log) -> {
            Order previous = StoreChecks.found(d.orders.get(id), ENTITY, id);
            // A stale copy of an order reserved meanwhile is a conflict, not a request to change the state.
            requireOpen(previous, "changed");
            Violations v = new Violations();
            StoreChecks.sameCreatedAt(v, value.createdAt(), previous.createdAt());
            if (value.state() != previous.state()) {
                v.add("state", "changes only through reservations: stored " + previous.state().code() + ", given " + value.state().code());
            }
            Set<Long> ownLines = new HashSet<>();
            previous.lines().forEach(l -> ownLines.add(l.id()));
            for (int i = 0; i < value.lines().size(); i++) {
                Long lineId = value.lines().get(i).id();
                if (lineId != null && !ownLines.contains(lineId)) {
                    v.add("order_lines[" + i + "].id", "is not a line of order " + id + ": " + lineId);
                }
            }
            v.throwIfAny();
            checkSkusExist(d, id, value.lines());
            List<OrderLine> lines = new ArrayList<>();
            for (OrderLine line : value.lines()) {
                long lineId = line.id() != null ? line.id() : d.nextId();
                lines.add(new OrderLine(lineId, id, line.skuId(), line.quantity()));
            }
            lines.sort(Comparator.comparing(OrderLine::id));
            Order stored = new Order(id, value.customerName(), previous.state(), previous.createdAt(), access.now(), lines);
            d.putOrder(stored, log);
            return stored;
        });
    }

    @Override
    public void delete(long id) {
        access.write((d, log) -> {
            requireOpen(StoreChecks.found(d.orders.get(id), ENTITY, id), "deleted");
            d.removeOrder(id, log);
            return null;
        });
    }

    private static void requireOpen(Order order, String what) {
        if (order.state() != OrderState.OPEN) {
            throw new ReferenceConflictException(ENTITY, order.id(),
                    "the order is " + order.state().code() + "; only open orders can be " + what);
        }
    }

    private static void checkSkusExist(Data data, Long orderId, List<OrderLine> lines) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long skuId = lines.get(i).skuId();
            if (data.skus.get(skuId) == null) {
                missing.add("order_lines[" + i + "].sku_id: no sku with id " + skuId);
            }
        }
        if (!missing.isEmpty()) {
            throw new ReferenceConflictException(ENTITY, orderId, missing);
        }
    }
}
