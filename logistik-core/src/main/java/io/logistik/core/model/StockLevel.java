package io.logistik.core.model;

import io.logistik.core.internal.Violations;

/**
 * Stock of one SKU in one storage: the Storage&lt;-&gt;SKU association, carrying quantities. Any stock row,
 * even with {@code onHand} 0, links its SKU and storage ({@code sku.storages}, {@code storage.skus}).
 *
 * <p>Validated on construction: {@code 0 <= reserved <= onHand}. {@link #available()} is
 * {@code onHand - reserved}. Callers never write {@code reserved}; only reservations change it.
 *
 * @param storageId the storage (filter field {@code storage_id})
 * @param skuId     the SKU (filter field {@code sku_id})
 * @param onHand    units physically present (filter field {@code on_hand})
 * @param reserved  units promised to reserved orders (filter field {@code reserved})
 */
public record StockLevel(long storageId, long skuId, long onHand, long reserved) {

    public StockLevel {
        Violations v = new Violations();
        v.positiveId("storage_id", storageId);
        v.positiveId("sku_id", skuId);
        if (onHand < 0) {
            v.add("on_hand", "must be at least 0, was " + onHand);
        }
        if (reserved < 0) {
            v.add("reserved", "must be at least 0, was " + reserved);
        } else if (reserved > onHand && onHand >= 0) {
            v.add("reserved", "must not exceed on_hand " + onHand + ", was " + reserved);
        }
        v.throwIfAny();
    }

    /** Units that may still be promised: {@code onHand - reserved} (filter field {@code available}). */
    public long available() {
        return onHand - reserved;
    }

    public StockKey key() {
        return new StockKey(storageId, skuId);
    }
}
