package io.logistik.inmemory;

import io.logistik.core.spi.OrderLineRepository;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.Repositories;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.SkuRepository;
import io.logistik.core.spi.StockRepository;
import io.logistik.core.spi.StorageRepository;

/** The repositories over one {@link Access}: the store's own, or one transaction's. */
final class Repos implements Repositories {

    final StorageRepo storages;
    final SkuRepo skus;
    final StockRepo stock;
    final OrderRepo orders;
    final OrderLineRepo orderLines;
    final ReservationRepo reservations;

    Repos(Access access) {
        this.storages = new StorageRepo(access);
        this.skus = new SkuRepo(access);
        this.stock = new StockRepo(access);
        this.orders = new OrderRepo(access);
        this.orderLines = new OrderLineRepo(access);
        this.reservations = new ReservationRepo(access);
    }

    @Override
    public StorageRepository storages() {
        return storages;
    }

    @Override
    public SkuRepository skus() {
        return skus;
    }

    @Override
    public StockRepository stock() {
        return stock;
    }

    @Override
    public OrderRepository orders() {
        return orders;
    }

    @Override
    public OrderLineRepository orderLines() {
        return orderLines;
    }

    @Override
    public ReservationRepository reservations() {
        return reservations;
    }
}
