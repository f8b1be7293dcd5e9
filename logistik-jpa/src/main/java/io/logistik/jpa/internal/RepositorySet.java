package io.logistik.jpa.internal;

import io.logistik.core.spi.OrderLineRepository;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.Repositories;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.SkuRepository;
import io.logistik.core.spi.StockRepository;
import io.logistik.core.spi.StorageRepository;

/**
 * The repositories of a store or of one transaction. Subclasses hand them over from their constructor
 * through {@link #use}, as the repositories need the subclass instance itself.
 */
abstract class RepositorySet implements Repositories {

    private StorageRepository storages;
    private SkuRepository skus;
    private StockRepository stock;
    private OrderRepository orders;
    private OrderLineRepository orderLines;
    private ReservationRepository reservations;

    final void use(StorageRepository storages, SkuRepository skus, StockRepository stock, OrderRepository orders,
                   OrderLineRepository orderLines, ReservationRepository reservations) {
        this.storages = storages;
        this.skus = skus;
        this.stock = stock;
        this.orders = orders;
        this.orderLines = orderLines;
        this.reservations = reservations;
    }

    @Override
    public final StorageRepository storages() {
        return storages;
    }

    @Override
    public final SkuRepository skus() {
        return skus;
    }

    @Override
    public final StockRepository stock() {
        return stock;
    }

    @Override
    public final OrderRepository orders() {
        return orders;
    }

    @Override
    public final OrderLineRepository orderLines() {
        return orderLines;
    }

    @Override
    public final ReservationRepository reservations() {
        return reservations;
    }
}
