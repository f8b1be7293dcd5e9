package io.logistik.jpa.internal;

import io.logistik.core.model.OrderLine;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.OrderLineRepository;

import java.util.List;
import java.util.Optional;

final class OrderLineRepo extends QueryRepo<LogistikOrderLine, OrderLine> implements OrderLineRepository {

    OrderLineRepo(Tx tx) {
        super(tx, EntityType.ORDER_LINE, LogistikOrderLine.class);
    }

    @Override
    List<OrderLine> map(List<LogistikOrderLine> rows) {
        return rows.stream().map(Model::line).toList();
    }

    @Override
    public Optional<OrderLine> get(long id) {
        return Optional.ofNullable(tx.em.find(LogistikOrderLine.class, id)).map(Model::line);
    }
}
