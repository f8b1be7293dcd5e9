package io.logistik.core.spi;

import io.logistik.core.model.StockKey;

/**
 * A stock level whose recorded {@code reserved} differs from the sum of the live allocations on it
 * (those of reserved orders): what {@link ReservationRepository#reconcile()} reports.
 *
 * @param key       the stock level; its row may be missing when allocations name it
 * @param reserved  the {@code reserved} quantity the row records (0 without a row)
 * @param allocated the sum of the live allocations on it
 */
public record StockDifference(StockKey key, long reserved, long allocated) {

    @Override
    public String toString() {
        return key + ": reserved " + reserved + ", allocated " + allocated;
    }
}
