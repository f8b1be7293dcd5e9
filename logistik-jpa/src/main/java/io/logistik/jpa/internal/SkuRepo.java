package io.logistik.jpa.internal;

import io.logistik.core.model.Sku;
import io.logistik.core.internal.NamedRow;
import io.logistik.core.spi.SkuRepository;

import java.util.List;

final class SkuRepo extends NamedRepo<LogistikSku, Sku> implements SkuRepository {

    SkuRepo(Tx tx) {
        super(tx, NamedRow.SKU, LogistikSku.class);
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
    List<String> otherBlockers(LogistikSku row) {
        return tx.em.createQuery("select l from LogistikOrderLine l where l.skuId = :id order by l.id", LogistikOrderLine.class)
                .setParameter("id", row.id)
                .getResultStream()
                .map(l -> NamedRow.usedByLine(l.id, l.orderId))
                .toList();
    }

    @Override
    String stockColumn() {
        return "skuId";
    }
}
