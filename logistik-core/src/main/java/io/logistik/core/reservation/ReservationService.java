package io.logistik.core.reservation;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.InsufficientStockException;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.fulfilment.FulfilmentPlanner;
import io.logistik.core.fulfilment.FulfilmentRefusedException;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.Policy;
import io.logistik.core.fulfilment.StockSnapshot;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.StockLevel;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.ReserveOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reserves, releases and ships stored orders on any store, without ever overselling.
 *
 * <p>{@link #reserve} plans on a fresh snapshot of the order's stock with the
 * {@link FulfilmentPlanner} and commits the plan through the store's
 * {@link io.logistik.core.spi.ReservationRepository#planAndReserve},
 * on a database in one short transaction per attempt that claims the order, reads its lines and stock,
 * and changes each stock row only if it still has the units. When another transaction took
 * planned units first, the attempt changes nothing and the service plans again on fresh stock, at most
 * {@link #maxAttempts()} times. Thread-safe; share one per store.
 */
public final class ReservationService {

    /** Commit attempts per {@link #reserve} call unless configured. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    private final LogistikStore store;
    private final int maxAttempts;

    /**
     * A service on {@code store} making at most {@link #DEFAULT_MAX_ATTEMPTS} commit attempts per reservation.
     *
     * @param store the store
     * @throws NullPointerException when {@code store} is null
     */
    public ReservationService(LogistikStore store) {
        this(store, DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * A service on {@code store}.
     *
     * @param store       the store
     * @param maxAttempts commit attempts per reservation before giving up, &gt;= 1
     * @throws NullPointerException when {@code store} is null
     * @throws ValidationException  when {@code maxAttempts} is below 1
     */
    public ReservationService(LogistikStore store, int maxAttempts) {
        this.store = Objects.requireNonNull(store, "store");
        if (maxAttempts < 1) {
            throw new ValidationException("max_attempts", "must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** Commit attempts per reservation before giving up. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@link #reserve(long, PlanOptions)} with {@link PlanOptions#defaults()} (fewest storages, all or nothing). */
    public Reservation reserve(long orderId) {
        return reserve(orderId, PlanOptions.defaults());
    }

    /**
     * Reserves the order's stock, all or nothing: plans with {@code options} on the current available
     * stock and commits the plan. A reserved order is returned as it is, unchanged; of concurrent calls
     * for one order, one reserves it and the others return its allocations.
     *
     * @param orderId the order
     * @param options how to plan; the policy must be {@link Policy#ALL_OR_NOTHING}
     * @return the order's allocations
     * @throws ValidationException          when {@code options} is null or asks for a partial plan
     * @throws NotFoundException            when there is no such order
     * @throws ReferenceConflictException   when the order is shipped
     * @throws InsufficientStockException   when available stock cannot cover the order; lists every short line
     * @throws FulfilmentRefusedException   when stock could, but not within the strategy or the shipment cap
     * @throws ConcurrencyConflictException when other transactions took planned stock first on every attempt
     */
    public Reservation reserve(long orderId, PlanOptions options) {
        if (options == null) {
            throw new ValidationException("options", "must not be null");
        }
        if (options.policy() != Policy.ALL_OR_NOTHING) {
            throw new ValidationException("options.policy", "a reservation is all or nothing; " + options.policy() + " is not supported");
        }
        String lastConflict = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            ReserveOutcome outcome = store.reservations().planAndReserve(orderId, (order, stock) -> allocations(order, stock, options));
            if (outcome instanceof ReserveOutcome.Reserved reserved) {
                // An order found reserved was found before planning: this attempt committed nothing.
                return new Reservation(orderId, reserved.allocations(), reserved.alreadyReserved(),
                        reserved.alreadyReserved() ? attempt - 1 : attempt);
            }
            lastConflict = outcome instanceof ReserveOutcome.StockTaken taken
                    ? "stock taken at " + taken.keys()
                    : "order changed: " + ((ReserveOutcome.OrderChanged) outcome).reason();
        }
        throw new ConcurrencyConflictException("order " + orderId + " was not reserved in " + maxAttempts
                + " attempts: other transactions changed what each plan needed; last: " + lastConflict);
    }

    /**
     * Gives a reserved order's stock back and makes it open again.
     *
     * @return the order, now open
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is not reserved
     */
    public Order release(long orderId) {
        return store.reservations().release(orderId);
    }

    /**
     * Ships a reserved order: on_hand and reserved fall by its allocations; the order is shipped, for good.
     *
     * @return the order, now shipped
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is not reserved
     */
    public Order ship(long orderId) {
        return store.reservations().ship(orderId);
    }

    /**
     * The order's allocations: what it holds when reserved, where it shipped from when shipped, none when open.
     *
     * @throws NotFoundException when there is no such order
     */
    public List<Allocation> allocations(long orderId) {
        return store.reservations().ofOrder(orderId);
    }

    private static List<Allocation> allocations(Order order, List<StockLevel> stock, PlanOptions options) {
        Plan plan = FulfilmentPlanner.plan(order, StockSnapshot.of(stock), options).requirePlan();
        List<Allocation> allocations = new ArrayList<>(plan.allocations().size());
        for (io.logistik.core.fulfilment.Allocation a : plan.allocations()) {
            allocations.add(new Allocation(order.id(), a.lineId(), a.storageId(), a.skuId(), a.quantity()));
        }
        return allocations;
    }
}
