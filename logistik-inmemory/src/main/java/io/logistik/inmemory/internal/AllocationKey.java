package io.logistik.inmemory.internal;

import io.logistik.core.model.Allocation;

import java.util.Comparator;

/** The key of an allocation: order, line, storage. Keys of one order sort together, by line then storage. */
public record AllocationKey(long orderId, long lineId, long storageId) implements Comparable<AllocationKey> {

    private static final Comparator<AllocationKey> ORDER = Comparator.comparingLong(AllocationKey::orderId)
            .thenComparingLong(AllocationKey::lineId).thenComparingLong(AllocationKey::storageId);

    public static AllocationKey of(Allocation a) {
        return new AllocationKey(a.orderId(), a.lineId(), a.storageId());
    }

    @Override
    public int compareTo(AllocationKey o) {
        return ORDER.compare(this, o);
    }
}
