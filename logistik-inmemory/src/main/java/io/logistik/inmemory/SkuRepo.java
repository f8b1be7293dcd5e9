package io.logistik.inmemory;

import io.logistik.core.internal.NamedRow;
import io.logistik.core.model.Sku;
import io.logistik.core.spi.SkuRepository;
import io.logistik.inmemory.internal.Data;

final class SkuRepo extends NamedRepository<Sku> implements SkuRepository {

    SkuRepo(Access access) {
        super(access, NamedRow.SKU, d -> d.skus, Data::stockOfSku,
                (data, id) -> data.linesOfSku(id).stream().map(line -> NamedRow.usedByLine(line.id(), line.orderId())).toList());
    }
}
