package io.logistik.core.spi;

/** The repositories of one store, or of one transaction on it. */
public interface Repositories {

    StorageRepository storages();

    SkuRepository skus();

    StockRepository stock();

    OrderRepository orders();

    OrderLineRepository orderLines();

    /** Reservations: reserve, release and ship orders, read allocations, reconcile. */
    ReservationRepository reservations();
}
