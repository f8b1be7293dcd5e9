package io.logistik.jpa.internal;

import io.logistik.core.ReferenceConflictException;
import io.logistik.core.model.Sku;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.SkuRepository;

import java.time.Instant;
import java.util.List;

final class SkuRepo extends NamedRepo<LogistikSku, Sku> implements SkuRepository {

    SkuRepo(Tx tx) {
        super(tx, EntityType.SKU, LogistikSku.class);
    }

    @Override
    LogistikSku fresh() {
        return new LogistikSku();
    }

    @Override
    Sku map(LogistikSku row) {
        return Model.sku(row);
    }

    @Override
    Long idOf(Sku value) {
        return value.id();
    }

    @Override
    String nameOf(Sku value) {
        return value.productName();
    }

    @Override
    Instant createdAtOf(Sku value) {
        return value.createdAt();
    }

    @Override
    void beforeDelete(LogistikSku row) {
        List<LogistikOrderLine> lines = tx.em.createQuery(
                        "select l from LogistikOrderLine l where l.skuId = :id order by l.id", LogistikOrderLine.class)
                .setParameter("id", row.id)
                .getResultList();
        if (!lines.isEmpty()) {
            throw new ReferenceConflictException("sku", row.id,
                    lines.stream().map(l -> "used by order_line " + l.id + " of order " + l.orderId).toList());
        }
        removeEmptyStock("skuId", row.id, "sku");
    }
}
