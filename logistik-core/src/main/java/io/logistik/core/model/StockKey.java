package io.logistik.core.model;

/**
 * The key of a stock level: one (storage, SKU) pair. Orders by storage id, then SKU id, the order in
 * which reservations change stock rows.
 */
public record StockKey(long storageId, long skuId) implements Comparable<StockKey> {

    @Override
    public int compareTo(StockKey o) {
        int c = Long.compare(storageId, o.storageId);
        return c != 0 ? c : Long.compare(skuId, o.skuId);
    }

    @Override
    public String toString() {
        return "(storage " + storageId + ", sku " + skuId + ")";
    }
}
