package io.logistik.inmemory;

import io.logistik.core.model.Sku;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.SkuRepository;
import io.logistik.inmemory.internal.Data;

final class SkuRepo extends NamedRepository<Sku> implements SkuRepository {

    SkuRepo(Access access) {
        super(access, EntityType.SKU, d -> d.skus,
                new Columns<>(Sku::id, Sku::createdAt, Sku::updatedAt,
                        (value, id, createdAt, updatedAt) -> new Sku(id, value.productName(), createdAt, updatedAt)),
                new StockSide(Data::stockOfSku, level -> "held in storage " + level.storageId()),
                (data, id) -> data.linesOfSku(id).stream()
                        .map(line -> "used by order_line " + line.id() + " of order " + line.orderId())
                        .toList());
    }
}
