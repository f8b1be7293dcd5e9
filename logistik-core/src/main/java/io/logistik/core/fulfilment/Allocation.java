package io.logistik.core.fulfilment;

/**
 * Units of one order line taken from one storage.
 *
 * @param lineIndex the line's position in {@link io.logistik.core.model.Order#lines()}
 * @param lineId    the line's id, or {@code null} when the order is not stored
 * @param skuId     the line's SKU
 * @param storageId the storage that ships the units
 * @param quantity  units, &gt; 0
 */
public record Allocation(int lineIndex, Long lineId, long skuId, long storageId, long quantity) {

    public Allocation {
        if (lineIndex < 0) {
            throw new IllegalArgumentException("lineIndex must be at least 0, was " + lineIndex);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be greater than 0, was " + quantity);
        }
    }
}
