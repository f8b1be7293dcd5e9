package io.logistik.inmemory;

import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.SkuRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

final class SkuRepo extends NamedRepository<Sku> implements SkuRepository {

    SkuRepo(Access access) {
        super(access, EntityType.SKU);
    }

    @Override
    Table<Long, Sku> table(Data data) {
        return data.skus;
    }

    @Override
    Long id(Sku row) {
        return row.id();
    }

    @Override
    Instant createdAt(Sku row) {
        return row.createdAt();
    }

    @Override
    Instant updatedAt(Sku row) {
        return row.updatedAt();
    }

    @Override
    Sku stamped(Sku value, long id, Instant createdAt, Instant updatedAt) {
        return new Sku(id, value.productName(), createdAt, updatedAt);
    }

    @Override
    Collection<StockLevel> stockOf(Data data, long id) {
        return data.stockOfSku(id);
    }

    @Override
    String describeHeld(StockLevel level) {
        return "held in storage " + level.storageId();
    }

    @Override
    List<String> otherBlockers(Data data, long id) {
        return data.linesOfSku(id).stream()
                .map((OrderLine line) -> "used by order_line " + line.id() + " of order " + line.orderId())
                .toList();
    }
}
