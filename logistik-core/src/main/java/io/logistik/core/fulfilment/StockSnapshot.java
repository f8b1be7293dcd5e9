package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable copy of stock levels, the planner's only view of stock. It keeps what may still be
 * promised per (storage, SKU): {@link StockLevel#available()}, {@code on_hand - reserved}.
 */
public final class StockSnapshot {

    private static final StockSnapshot EMPTY = new StockSnapshot(Map.of(), new long[0]);

    /**
     * Per SKU: the storages with some available (as positions in {@link #storageIds}, ascending) and
     * their available units. Positions let the planner merge the storages of an order's SKUs in
     * linear time, already sorted.
     */
    private final Map<Long, Holdings> bySku;
    /** Every storage with something available, ascending. */
    private final long[] storageIds;

    record Holdings(int[] positions, long[] available) {
    }

    private StockSnapshot(Map<Long, Holdings> bySku, long[] storageIds) {
        this.bySku = bySku;
        this.storageIds = storageIds;
    }

    /** A snapshot without stock. */
    public static StockSnapshot empty() {
        return EMPTY;
    }

    /**
     * A snapshot of these stock levels; the collection is copied.
     *
     * @param levels stock levels, each (storage, SKU) at most once
     * @return the snapshot
     * @throws ValidationException when {@code levels} is null, holds a null, or holds a (storage, SKU) twice
     */
    public static StockSnapshot of(Collection<StockLevel> levels) {
        if (levels == null) {
            throw new ValidationException("stock", "must not be null");
        }
        Set<StockKey> seen = new HashSet<>();
        Map<Long, List<StockLevel>> grouped = new HashMap<>();
        int i = 0;
        for (StockLevel level : levels) {
            if (level == null) {
                throw new ValidationException("stock[" + i + "]", "must not be null");
            }
            if (!seen.add(level.key())) {
                throw new ValidationException("stock[" + i + "]", "stock of " + level.key() + " is given twice");
            }
            if (level.available() > 0) {
                grouped.computeIfAbsent(level.skuId(), k -> new ArrayList<>()).add(level);
            }
            i++;
        }
        long[] storageIds = grouped.values().stream().flatMap(List::stream).mapToLong(StockLevel::storageId)
                .distinct().sorted().toArray();
        Map<Long, Holdings> bySku = new HashMap<>();
        grouped.forEach((sku, list) -> {
            list.sort((a, b) -> Long.compare(a.storageId(), b.storageId()));
            int[] positions = new int[list.size()];
            long[] available = new long[list.size()];
            for (int j = 0; j < positions.length; j++) {
                positions[j] = Arrays.binarySearch(storageIds, list.get(j).storageId());
                available[j] = list.get(j).available();
            }
            bySku.put(sku, new Holdings(positions, available));
        });
        return new StockSnapshot(bySku, storageIds);
    }

    /** Units of {@code skuId} that {@code storageId} may still promise; 0 when it has no row. */
    public long available(long storageId, long skuId) {
        Holdings h = bySku.get(skuId);
        if (h == null) {
            return 0;
        }
        int position = Arrays.binarySearch(storageIds, storageId);
        int at = position < 0 ? -1 : Arrays.binarySearch(h.positions, position);
        return at < 0 ? 0 : h.available[at];
    }

    /** Units of {@code skuId} available in all storages together. */
    public long totalAvailable(long skuId) {
        Holdings h = bySku.get(skuId);
        long sum = 0;
        if (h != null) {
            for (long a : h.available) {
                sum += a;
            }
        }
        return sum;
    }

    Holdings holdings(long skuId) {
        return bySku.get(skuId);
    }

    /** How many storages have something available; positions run from 0 to this, exclusive. */
    int storageCount() {
        return storageIds.length;
    }

    long storageIdAt(int position) {
        return storageIds[position];
    }
}
