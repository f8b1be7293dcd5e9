package io.logistik.core.spi;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockLevel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stock levels per (storage, SKU). Stock changes only through the atomic operations a warehouse
 * needs; {@code reserved} is never written by callers, only by reservations. Each operation is atomic
 * and leaves the store unchanged when it throws. A missing stock row counts as on_hand 0, reserved 0;
 * operations create it as needed.
 */
public interface StockRepository extends QueryableRepository<StockLevel> {

    /** The stock level of this SKU in this storage, or empty when there is no row. */
    Optional<StockLevel> get(long storageId, long skuId);

    /**
     * Goods received: on_hand rises by {@code quantity}.
     *
     * @param quantity units received, &gt; 0
     * @return the stock level after the change
     * @throws ValidationException when quantity is not positive, or on_hand would overflow a {@code long}
     * @throws NotFoundException   when the storage or the SKU does not exist
     */
    StockLevel receive(long storageId, long skuId, long quantity);

    /**
     * A correction: on_hand changes by {@code delta} (positive or negative, not 0).
     *
     * @return the stock level after the change
     * @throws ValidationException when delta is 0, would drop on_hand below reserved (or below 0), or overflows
     * @throws NotFoundException   when the storage or the SKU does not exist
     */
    StockLevel adjust(long storageId, long skuId, long delta);

    /**
     * A cycle count: on_hand becomes the counted quantity.
     *
     * @return the stock level after the change
     * @throws ValidationException when the count is null or below reserved
     * @throws NotFoundException   when the storage or the SKU does not exist
     */
    StockLevel recount(StockCount count);

    /**
     * A bulk import: every count is applied as by {@link #recount}, all or nothing.
     *
     * @return the stock levels after the import, by key
     * @throws ValidationException when the list or a count in it is null, a key appears twice, or a count is below
     *                             reserved (every such count reported)
     * @throws NotFoundException   when a storage or SKU does not exist
     */
    List<StockLevel> importCounts(List<StockCount> counts);

    /**
     * Every stock row of these SKUs, by key: the snapshot the fulfilment planner works on. One query
     * whatever the number of SKUs.
     *
     * @throws ValidationException when {@code skuIds} is null
     */
    List<StockLevel> forSkus(Collection<Long> skuIds);

    /**
     * Deletes an empty stock row, unlinking the SKU from the storage.
     *
     * @throws NotFoundException          when there is no such row
     * @throws ReferenceConflictException when the row still has units on hand or reserved
     */
    void delete(long storageId, long skuId);
}
