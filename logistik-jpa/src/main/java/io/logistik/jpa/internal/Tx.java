package io.logistik.jpa.internal;

import io.logistik.core.spi.OrderLineRepository;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.SkuRepository;
import io.logistik.core.spi.StockRepository;
import io.logistik.core.spi.StorageRepository;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The repositories of one resource-local transaction, on one entity manager. */
final class Tx extends RepositorySet {

    final EntityManager em;
    final JpaStore store;
    /** Whether the transaction is one repository call made on the store, with no caller's work around it. */
    final boolean singleCall;

    Tx(EntityManager em, JpaStore store, boolean singleCall) {
        this.em = em;
        this.store = store;
        this.singleCall = singleCall;
        use(Errors.translating(StorageRepository.class, new StorageRepo(this)),
                Errors.translating(SkuRepository.class, new SkuRepo(this)),
                Errors.translating(StockRepository.class, new StockRepo(this)),
                Errors.translating(OrderRepository.class, new OrderRepo(this)),
                Errors.translating(OrderLineRepository.class, new OrderLineRepo(this)),
                Errors.translating(ReservationRepository.class, new ReservationRepo(this)));
    }

    QueryCompiler compiler() {
        return new QueryCompiler(em.getCriteriaBuilder(), store.database(), store.clock());
    }

    Clock clock() {
        return store.clock();
    }

    /** The clock's instant at the precision every store keeps. */
    Instant now() {
        return store.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Which of {@code ids} exist as rows of {@code type}, in one query. */
    Set<Long> existing(Class<?> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select e.id from " + type.getSimpleName() + " e where e.id in :ids", Long.class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultList());
    }
}
