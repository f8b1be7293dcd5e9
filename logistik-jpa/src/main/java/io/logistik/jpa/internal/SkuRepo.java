package io.logistik.jpa.internal;

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
    Instant updatedAtOf(Sku value) {
        return value.updatedAt();
    }

    @Override
    List<String> otherBlockers(LogistikSku row) {
        return tx.em.createQuery("select l from LogistikOrderLine l where l.skuId = :id order by l.id", LogistikOrderLine.class)
                .setParameter("id", row.id)
                .getResultStream()
                .map(l -> "used by order_line " + l.id + " of order " + l.orderId)
                .toList();
    }

    @Override
    String describeHeld(LogistikStock level) {
        return "held in storage " + level.storageId;
    }

    @Override
    String stockColumn() {
        return "skuId";
    }
}
