package io.logistik.core.spi;

import io.logistik.core.model.Allocation;
import io.logistik.core.model.StockKey;

import java.util.List;
import java.util.Objects;

/**
 * What one reservation attempt ({@link ReservationRepository#reserve}) did. Only {@link Reserved}
 * changed anything, and only when {@link Reserved#alreadyReserved()} is false; the other outcomes
 * roll the attempt back completely and tell the caller to plan again on fresh stock.
 */
public sealed interface ReserveOutcome permits ReserveOutcome.Reserved, ReserveOutcome.StockTaken, ReserveOutcome.OrderChanged {

    /**
     * The order is reserved.
     *
     * @param allocations     the order's allocations, by line id then storage id
     * @param alreadyReserved true when the order was reserved before this attempt, which then changed
     *                        nothing and returned the existing allocations
     */
    record Reserved(List<Allocation> allocations, boolean alreadyReserved) implements ReserveOutcome {
        public Reserved {
            allocations = List.copyOf(allocations);
        }
    }

    /**
     * Some stock levels no longer had the available units the allocations need (another transaction
     * got there first, or the plan was made on stale stock). Nothing was changed.
     *
     * @param keys the stock levels that were short, by key; never empty
     */
    record StockTaken(List<StockKey> keys) implements ReserveOutcome {
        public StockTaken {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a stock conflict names at least one stock level");
            }
        }
    }

    /**
     * The allocations do not cover the order's lines as stored when the attempt claimed it (the
     * order was changed after it was planned). Nothing was changed.
     *
     * @param reason what does not match, in words
     */
    record OrderChanged(String reason) implements ReserveOutcome {
        public OrderChanged {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
