package io.logistik.inmemory;

import io.logistik.core.model.OrderLine;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.OrderLineRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

final class OrderLineRepo extends KeyedRepository<OrderLine> implements OrderLineRepository {

    OrderLineRepo(Access access) {
        super(access, EntityType.ORDER_LINE);
    }

    @Override
    Table<Long, OrderLine> table(Data data) {
        return data.orderLines;
    }
}
