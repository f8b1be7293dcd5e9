package io.logistik.core.spi;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockLevel;

import java.util.List;

/**
 * Reservations: the only writer of {@code reserved} and of an order's {@link OrderState state}. An
 * order moves open -&gt; reserved ({@link #reserve}), reserved -&gt; open ({@link #release}) and
 * reserved -&gt; shipped ({@link #ship}, final). Every other transition is a
 * {@link ReferenceConflictException} naming the order's state, and changes nothing. A transition
 * sets the order's {@code updated_at} from the store's clock.
 *
 * <p>Each call is atomic and, on a database, one short READ COMMITTED transaction. Stock rows are
 * always changed in {@link io.logistik.core.model.StockKey} order (storage, then SKU), so concurrent
 * reservations never deadlock; availability is checked by the store at the moment it changes a row,
 * never from an earlier read, so stock is never oversold: for every stock level
 * {@code 0 <= reserved <= on_hand} and {@code reserved} equals the sum of the live allocations on it
 * (those of reserved orders).
 *
 * <p>Planning is not done here: {@link io.logistik.core.reservation.ReservationService} plans on a
 * snapshot, calls {@link #reserve} and plans again when the outcome says the snapshot was stale.
 */
public interface ReservationRepository {

    /**
     * One reservation attempt, all or nothing: claims the order (open -&gt; reserved, only if it is
     * still open), raises {@code reserved} by the demand summed per stock level, in key order, each
     * row only if its available units still cover that demand, then stores the allocations.
     *
     * <ul>
     *   <li>If the order is already reserved, nothing changes and its existing allocations are
     *       returned ({@link ReserveOutcome.Reserved#alreadyReserved()} true): of two concurrent
     *       reserves of one order, one reserves it and the other returns its allocations.</li>
     *   <li>If a stock level's available units are below the demand, nothing changes and the outcome
     *       is {@link ReserveOutcome.StockTaken} naming every short level.</li>
     *   <li>If the allocations do not give every line of the order exactly its quantity (or name a
     *       line, SKU or storage the order or store does not have), nothing changes and the outcome
     *       is {@link ReserveOutcome.OrderChanged}.</li>
     * </ul>
     *
     * @param orderId     the order
     * @param allocations the plan: every allocation names {@code orderId}; at most one per (line, storage)
     * @return the outcome
     * @throws ValidationException        when {@code allocations} is null, holds a null, names another
     *                                    order or a (line, storage) twice
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is shipped
     */
    ReserveOutcome reserve(long orderId, List<Allocation> allocations);

    /**
     * One reservation attempt that reads what it plans on: takes the order (with its lines) and the
     * stock levels of its SKUs, asks {@code planner} for the allocations and commits them exactly as
     * {@link #reserve(long, List)} does, with the same outcomes. A database does all of it in one short
     * transaction that claims the order before reading its lines, so they cannot change under the plan;
     * availability is still checked only when a stock row changes, so a level taken since the read is a
     * {@link ReserveOutcome.StockTaken} and the caller plans again.
     *
     * <p>When the planner throws, nothing changes and its exception leaves the call.
     *
     * @param orderId the order
     * @param planner the allocations for the open order and the stock of its SKUs, shaped as
     *                {@link #reserve(long, List)} requires
     * @return the outcome; when the order is already reserved, its allocations, without planning
     * @throws ValidationException        when {@code planner} is null or returns allocations
     *                                    {@link #reserve(long, List)} refuses
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is shipped
     */
    ReserveOutcome planAndReserve(long orderId, Planner planner);

    /**
     * Gives a reserved order's stock back: {@code reserved} falls by its allocations, the allocations
     * are deleted, the order is open again (and may be changed, deleted or reserved anew).
     *
     * @return the order, now open
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is not reserved
     */
    Order release(long orderId);

    /**
     * Ships a reserved order: {@code on_hand} and {@code reserved} both fall by its allocations, and
     * the order is shipped, for good. Its allocations are kept as the record of where it shipped from
     * but no longer count as reserved.
     *
     * @return the order, now shipped
     * @throws NotFoundException          when there is no such order
     * @throws ReferenceConflictException when the order is not reserved
     */
    Order ship(long orderId);

    /**
     * The allocations of an order, by line id then storage id: those holding stock for a reserved
     * order, those it shipped from for a shipped one, none for an open one.
     *
     * @throws NotFoundException when there is no such order
     */
    List<Allocation> ofOrder(long orderId);

    /**
     * The live allocations on one stock level (those of reserved orders), by order id then line id;
     * their quantities sum to the level's {@code reserved}. Empty when there are none or no such row.
     */
    List<Allocation> atStock(long storageId, long skuId);

    /**
     * Recomputes {@code reserved} of every stock level from the live allocations and reports each
     * level where the two differ, by key; empty when the store is consistent. Meant for operators
     * verifying a database; it reads every stock row and allocation.
     */
    List<StockDifference> reconcile();

    /** Plans one reservation attempt for {@link #planAndReserve}. */
    @FunctionalInterface
    interface Planner {

        /**
         * The allocations for {@code order}.
         *
         * @param order the order, open, with its lines
         * @param stock every stock level of the order's SKUs, by storage id then SKU id
         * @return the allocations, every one naming the order
         */
        List<Allocation> plan(Order order, List<StockLevel> stock);
    }
}
