package io.logistik.inmemory;

import io.logistik.core.model.OrderLine;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.OrderLineRepository;
import io.logistik.inmemory.internal.Data;

import java.util.Collection;
import java.util.Optional;

final class OrderLineRepo extends QueryRepository<OrderLine> implements OrderLineRepository {

    OrderLineRepo(Access access) {
        super(access, EntityType.ORDER_LINE);
    }

    @Override
    Collection<OrderLine> rows(Data data) {
        return data.orderLines.values();
    }

    @Override
    public Optional<OrderLine> get(long id) {
        return access.read(d -> Optional.ofNullable(d.orderLines.get(id)));
    }
}
