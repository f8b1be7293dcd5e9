package io.logistik.core.internal;

import io.logistik.core.ValidationException;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockKey;
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
     * Why the allocations do not give each of the order's lines exactly its quantity, or {@code null}
     * when they do.
     */
    public static String mismatch(long orderId, List<OrderLine> lines, List<Allocation> allocations) {
        Map<Long, OrderLine> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        Map<Long, Long> covered = new HashMap<>();
        for (Allocation a : allocations) {
            OrderLine line = byId.get(a.lineId());
            if (line == null) {
                return "line " + a.lineId() + " is not a line of order " + orderId;
            }
            if (line.skuId() != a.skuId()) {
                return "line " + a.lineId() + " orders sku " + line.skuId() + ", not " + a.skuId();
            }
            covered.merge(a.lineId(), a.quantity(), Math::addExact);
        }
        for (OrderLine line : lines) {
            long got = covered.getOrDefault(line.id(), 0L);
            if (got != line.quantity()) {
                return "line " + line.id() + " orders " + line.quantity() + " of sku " + line.skuId() + ", the plan allocates " + got;
            }
        }
        return null;
    }

    /**
     * Every stock level whose recorded {@code reserved} differs from the units allocated on it, by key.
     *
     * @param reserved  {@code reserved} per stock row
     * @param allocated the units of live allocations per stock level
     */
    public static List<StockDifference> differences(Map<StockKey, Long> reserved, Map<StockKey, Long> allocated) {
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
