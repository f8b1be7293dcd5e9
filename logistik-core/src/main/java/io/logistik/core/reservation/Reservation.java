package io.logistik.core.reservation;

import io.logistik.core.model.Allocation;

import java.util.List;

/**
 * A reserved order's allocations, as {@link ReservationService#reserve} returns them.
 *
 * @param orderId         the order
 * @param allocations     its allocations, by line id then storage id
 * @param alreadyReserved true when the order was reserved before the call, which then changed nothing
 * @param attempts        how many commit attempts the call made: 0 when it found the order reserved
 *                        before planning, more than 1 when other transactions took planned stock first
 */
public record Reservation(long orderId, List<Allocation> allocations, boolean alreadyReserved, int attempts) {

    public Reservation {
        allocations = List.copyOf(allocations);
    }

    /** Units reserved in total. */
    public long units() {
        return allocations.stream().mapToLong(Allocation::quantity).sum();
    }
}
