package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
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
        StoreChecks.newOrder(value);
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
            Set<Long> ownLines = new HashSet<>();
            previous.lines().forEach(l -> ownLines.add(l.id()));
            StoreChecks.orderUpdate(value, id, previous.state(), previous.createdAt(), ownLines);
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
            StoreChecks.requireState(id, StoreChecks.found(d.orders.get(id), ENTITY, id).state(), OrderState.OPEN, "deleted");
            d.removeOrder(id, log);
            return null;
        });
    }

    private static void checkSkusExist(Data data, Long orderId, List<OrderLine> lines) {
        Set<Long> existing = new HashSet<>();
        lines.stream().map(OrderLine::skuId).filter(skuId -> data.skus.get(skuId) != null).forEach(existing::add);
        StoreChecks.requireSkus(orderId, lines, existing);
    }
}
