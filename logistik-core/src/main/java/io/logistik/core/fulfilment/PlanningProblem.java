package io.logistik.core.fulfilment;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a {@link FulfilmentStrategy} plans: the order's lines (by index, as in {@link Order#lines()}),
 * the storages that hold any of their SKUs (by index, ascending storage id, only those with something
 * available), the available units per (storage, line), and the policy's target per line. SKUs are
 * unique within an order, so a (storage, line) cell is also the (storage, SKU) stock a plan may use.
 * Immutable; strategies only read it.
 */
public final class PlanningProblem {

    private final Order order;
    private final long[] storageIds;
    /** Available units, line-major: {@code available[line * storageCount + storage]}. */
    private final long[] available;
    private final long[] requested;
    private final long[] totalAvailable;
    private final long[] target;
    private final Policy policy;
    private final int maxShipments;
    private final long searchBudget;

    PlanningProblem(Order order, long[] storageIds, long[] available, long[] totalAvailable, PlanOptions options) {
        this.order = order;
        this.storageIds = storageIds;
        this.available = available;
        this.totalAvailable = totalAvailable;
        this.policy = options.policy();
        this.maxShipments = options.maxShipments();
        this.searchBudget = options.searchBudget();
        int lines = order.lines().size();
        this.requested = new long[lines];
        this.target = new long[lines];
        for (int l = 0; l < lines; l++) {
            requested[l] = order.lines().get(l).quantity();
            target[l] = policy == Policy.PARTIAL ? Math.min(requested[l], totalAvailable[l]) : requested[l];
        }
    }

    /** The order being planned. */
    public Order order() {
        return order;
    }

    public int lineCount() {
        return requested.length;
    }

    public OrderLine line(int lineIndex) {
        return order.lines().get(lineIndex);
    }

    /** Units line {@code lineIndex} asks for. */
    public long requested(int lineIndex) {
        return requested[lineIndex];
    }

    /**
     * Units the policy wants for the line: the request under {@link Policy#ALL_OR_NOTHING}, the
     * request capped at the total available under {@link Policy#PARTIAL}.
     */
    public long target(int lineIndex) {
        return target[lineIndex];
    }

    /** Units of the line's SKU available in all storages together. */
    public long totalAvailable(int lineIndex) {
        return totalAvailable[lineIndex];
    }

    /** How many storages hold something of the order. */
    public int storageCount() {
        return storageIds.length;
    }

    public long storageId(int storageIndex) {
        return storageIds[storageIndex];
    }

    /** The index of a storage, or -1 when it holds nothing of the order. */
    public int storageIndex(long storageId) {
        int at = Arrays.binarySearch(storageIds, storageId);
        return at < 0 ? -1 : at;
    }

    /** Units of line {@code lineIndex}'s SKU available in storage {@code storageIndex}. */
    public long available(int storageIndex, int lineIndex) {
        Objects.checkIndex(storageIndex, storageIds.length);
        Objects.checkIndex(lineIndex, requested.length);
        return available[lineIndex * storageIds.length + storageIndex];
    }

    public Policy policy() {
        return policy;
    }

    /** The most storages a plan may use ({@link PlanOptions#NO_CAP} for no cap). */
    public int maxShipments() {
        return maxShipments;
    }

    /** How many search steps an optimising strategy may take. */
    public long searchBudget() {
        return searchBudget;
    }

    /**
     * An allocation of {@code quantity} units of a line from a storage.
     *
     * @throws IndexOutOfBoundsException when an index is out of range
     * @throws IllegalArgumentException  when quantity is not positive
     */
    public Allocation allocation(int lineIndex, int storageIndex, long quantity) {
        OrderLine line = order.lines().get(lineIndex);
        return new Allocation(lineIndex, line.id(), line.skuId(), storageIds[storageIndex], quantity);
    }
}
