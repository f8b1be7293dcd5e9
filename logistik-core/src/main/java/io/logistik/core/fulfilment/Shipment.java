package io.logistik.core.fulfilment;

import java.util.List;

/**
 * Everything one storage ships for an order.
 *
 * @param storageId   the storage
 * @param allocations its allocations, in line order
 */
public record Shipment(long storageId, List<Allocation> allocations) {

    public Shipment {
        allocations = List.copyOf(allocations);
    }

    /** Units this storage ships in total. */
    public long units() {
        long sum = 0;
        for (Allocation a : allocations) {
            sum += a.quantity();
        }
        return sum;
    }
}
