package io.logistik.core.fulfilment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which storage ships which units.
 *
 * @param orderId     the order's id, or {@code null} when it is not stored
 * @param strategy    the name of the strategy that made the plan
 * @param allocations every allocation, in the order the strategy made them (by line, then the
 *                    strategy's storage order); at most one per (line, storage)
 * @param backorders  the lines a {@link Policy#PARTIAL} plan could not cover fully, in line order;
 *                    empty under {@link Policy#ALL_OR_NOTHING}
 * @param optimality  whether the number of shipments is proven the least possible
 */
public record Plan(Long orderId, String strategy, List<Allocation> allocations, List<Backorder> backorders,
                   Optimality optimality) implements FulfilmentResult {

    public Plan {
        allocations = List.copyOf(allocations);
        backorders = List.copyOf(backorders);
    }

    /** The allocations grouped per storage: one shipment each, in order of first appearance in {@link #allocations()}. */
    public List<Shipment> shipments() {
        Map<Long, List<Allocation>> byStorage = new LinkedHashMap<>();
        for (Allocation a : allocations) {
            byStorage.computeIfAbsent(a.storageId(), id -> new ArrayList<>()).add(a);
        }
        List<Shipment> out = new ArrayList<>(byStorage.size());
        byStorage.forEach((id, list) -> out.add(new Shipment(id, list)));
        return out;
    }

    /** How many storages ship something. */
    public int shipmentCount() {
        return shipments().size();
    }

    /** Units allocated in total. */
    public long allocatedUnits() {
        long sum = 0;
        for (Allocation a : allocations) {
            sum += a.quantity();
        }
        return sum;
    }

    /** Whether every line is fully allocated (no backorders). */
    public boolean isComplete() {
        return backorders.isEmpty();
    }

    /** Shorthand for {@code optimality() == Optimality.PROVEN_OPTIMAL}. */
    public boolean provenOptimal() {
        return optimality == Optimality.PROVEN_OPTIMAL;
    }

    @Override
    public Plan requirePlan() {
        return this;
    }
}
