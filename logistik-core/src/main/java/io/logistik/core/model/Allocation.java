package io.logistik.core.model;

import io.logistik.core.internal.Violations;

/**
 * Units of one order line promised from one storage: the record a reservation stores for each
 * (line, storage) it takes stock from. The allocations of a reserved order make up the
 * {@code reserved} quantities of the stock levels they name; those of a shipped order say where it
 * shipped from.
 *
 * <p>Validated on construction: ids positive, {@code quantity} &gt; 0.
 *
 * @param orderId   the order
 * @param lineId    the order line
 * @param storageId the storage the units come from
 * @param skuId     the line's SKU
 * @param quantity  units, &gt; 0
 */
public record Allocation(long orderId, long lineId, long storageId, long skuId, long quantity) {

    public Allocation {
        Violations v = new Violations();
        v.positiveId("order_id", orderId);
        v.positiveId("line_id", lineId);
        v.positiveId("storage_id", storageId);
        v.positiveId("sku_id", skuId);
        if (quantity <= 0) {
            v.add("quantity", "must be greater than 0, was " + quantity);
        }
        v.throwIfAny();
    }

    /** The stock level the units are reserved on. */
    public StockKey stockKey() {
        return new StockKey(storageId, skuId);
    }
}
