package io.logistik.core.spi;

import io.logistik.core.StoreUnavailableException;

/** The repositories of one store, or of one transaction on it. */
public interface Repositories {

    StorageRepository storages();

    SkuRepository skus();

    StockRepository stock();

    OrderRepository orders();

    OrderLineRepository orderLines();

    /**
     * Reservations: reserve, release and ship orders, read allocations, reconcile.
     *
     * @throws StoreUnavailableException when the store has no reservation support (an adapter written
     *                                   before it was added)
     */
    default ReservationRepository reservations() {
        throw new StoreUnavailableException(getClass().getName() + " does not implement reservations");
    }
}
