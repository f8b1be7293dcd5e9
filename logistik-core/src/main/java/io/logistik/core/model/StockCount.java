package io.logistik.core.model;

import io.logistik.core.internal.Violations;

/**
 * A counted quantity for one (storage, SKU): the input of a recount and of a bulk import.
 *
 * @param storageId the storage
 * @param skuId     the SKU
 * @param onHand    the counted units on hand, &gt;= 0
 */
public record StockCount(long storageId, long skuId, long onHand) {

    public StockCount {
        Violations v = new Violations();
        v.positiveId("storage_id", storageId);
        v.positiveId("sku_id", skuId);
        if (onHand < 0) {
            v.add("on_hand", "must be at least 0, was " + onHand);
        }
        v.throwIfAny();
    }

    public StockKey key() {
        return new StockKey(storageId, skuId);
    }
}
