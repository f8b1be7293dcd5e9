package io.logistik.core.internal;

import io.logistik.core.ValidationException;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.spi.StockDifference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The store-independent rules of the reservation SPI, so every adapter checks a plan, sums demand and
 * reconciles the same way. Internal: not part of the API.
 */
public final class ReservationRules {

    /** The order of {@code ReservationRepository.ofOrder}: line id, then storage id. */
    public static final Comparator<Allocation> BY_LINE =
            Comparator.comparingLong(Allocation::lineId).thenComparingLong(Allocation::storageId);

    /** The order of {@code ReservationRepository.atStock}: order id, then line id. */
    public static final Comparator<Allocation> BY_ORDER =
            Comparator.comparingLong(Allocation::orderId).thenComparingLong(Allocation::lineId);

    private ReservationRules() {
    }

    /**
     * Checks the shape of a plan handed to {@code reserve}, before anything is read.
     *
     * @throws ValidationException listing every null, foreign order or repeated (line, storage)
     */
    public static void validate(long orderId, List<Allocation> allocations) {
        if (allocations == null) {
            throw new ValidationException("allocations", "must not be null");
        }
        Violations v = new Violations();
        Set<List<Long>> seen = new HashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            if (a == null) {
                v.add("allocations[" + i + "]", "must not be null");
                continue;
            }
            if (a.orderId() != orderId) {
                v.add("allocations[" + i + "].order_id", "names order " + a.orderId() + ", not " + orderId);
            }
            if (!seen.add(List.of(a.lineId(), a.storageId()))) {
                v.add("allocations[" + i + "]", "allocates line " + a.lineId() + " from storage " + a.storageId() + " twice");
            }
        }
        v.throwIfAny();
    }

    /** The units the allocations take from each stock level, summed, in the key order rows are changed in. */
    public static SortedMap<StockKey, Long> demand(List<Allocation> allocations) {
        SortedMap<StockKey, Long> demand = new TreeMap<>();
        for (Allocation a : allocations) {
            demand.merge(a.stockKey(), a.quantity(), Math::addExact);
        }
        return demand;
    }

    /**
     * Why the allocations do not give each line of {@code order} exactly its quantity, or
     * {@code null} when they do.
     */
    public static String mismatch(Order order, List<Allocation> allocations) {
        Map<Long, OrderLine> lines = new HashMap<>();
        order.lines().forEach(l -> lines.put(l.id(), l));
        Map<Long, Long> covered = new HashMap<>();
        for (Allocation a : allocations) {
            OrderLine line = lines.get(a.lineId());
            if (line == null) {
                return "line " + a.lineId() + " is not a line of order " + order.id();
            }
            if (line.skuId() != a.skuId()) {
                return "line " + a.lineId() + " orders sku " + line.skuId() + ", not " + a.skuId();
            }
            covered.merge(a.lineId(), a.quantity(), Math::addExact);
        }
        for (OrderLine line : order.lines()) {
            long got = covered.getOrDefault(line.id(), 0L);
            if (got != line.quantity()) {
                return "line " + line.id() + " orders " + line.quantity() + " of sku " + line.skuId() + ", the plan allocates " + got;
            }
        }
        return null;
    }

    /** Every stock level whose {@code reserved} differs from the sum of the live allocations on it, by key. */
    public static List<StockDifference> differences(List<StockLevel> levels, List<Allocation> liveAllocations) {
        Map<StockKey, Long> reserved = new HashMap<>();
        levels.forEach(l -> reserved.put(l.key(), l.reserved()));
        Map<StockKey, Long> allocated = demand(liveAllocations);
        Set<StockKey> keys = new TreeSet<>(reserved.keySet());
        keys.addAll(allocated.keySet());
        List<StockDifference> out = new ArrayList<>();
        for (StockKey key : keys) {
            long r = reserved.getOrDefault(key, 0L);
            long a = allocated.getOrDefault(key, 0L);
            if (r != a) {
                out.add(new StockDifference(key, r, a));
            }
        }
        return out;
    }
}
