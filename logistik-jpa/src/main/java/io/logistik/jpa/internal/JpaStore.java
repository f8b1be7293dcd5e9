package io.logistik.jpa.internal;

import io.logistik.core.NotFoundException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.OrderLineRepository;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.Repositories;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.SkuRepository;
import io.logistik.core.spi.StockRepository;
import io.logistik.core.spi.StorageRepository;
import io.logistik.jpa.LogistikSchema.Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The store on an entity-manager factory. Every transaction runs on a fresh entity manager with its own
 * resource-local transaction; logistik never joins a transaction of its caller. Internal: build stores
 * with {@code io.logistik.jpa.JpaLogistik}.
 */
public final class JpaStore extends RepositorySet implements LogistikStore {

    /** Attempts per transaction: the first run and up to two re-runs after a serialization failure or deadlock. */
    public static final int MAX_ATTEMPTS = 3;

    private final EntityManagerFactory emf;
    private final Database database;
    private final Clock clock;
    private final long queryTimeoutSeconds;
    private final AutoCloseable onClose;
    private volatile boolean closed;

    /**
     * @param queryTimeout the longest a repository's query may run, rounded up to whole seconds (JDBC's unit)
     * @param onClose      what to release on {@link #close()} (a factory and pool the store created), or {@code null}
     */
    public JpaStore(EntityManagerFactory emf, Database database, Clock clock, Duration queryTimeout, AutoCloseable onClose) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        Duration whole = queryTimeout.truncatedTo(ChronoUnit.SECONDS);
        this.queryTimeoutSeconds = whole.equals(queryTimeout) ? whole.toSeconds() : whole.toSeconds() + 1;
        this.onClose = onClose;
        use(ownTransactions(StorageRepository.class, Repositories::storages),
                ownTransactions(SkuRepository.class, Repositories::skus),
                ownTransactions(StockRepository.class, Repositories::stock),
                ownTransactions(OrderRepository.class, Repositories::orders),
                ownTransactions(OrderLineRepository.class, Repositories::orderLines),
                ownTransactions(ReservationRepository.class, Repositories::reservations));
    }

    /** The entity classes a host's persistence unit must list. */
    public static List<Class<?>> entityClasses() {
        return Model.ENTITY_CLASSES;
    }

    /** Whether {@code emf}'s unit maps every entity class logistik needs. */
    public static boolean mapsEntities(EntityManagerFactory emf) {
        try {
            Model.ENTITY_CLASSES.forEach(c -> emf.getMetamodel().entity(c));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Database database() {
        return database;
    }

    long queryTimeoutSeconds() {
        return queryTimeoutSeconds;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs {@code work} on a new entity manager in a resource-local transaction. After a serialization
     * failure or deadlock (SQLSTATE 40001 or 40P01) or a concurrent insert of the same stock row, the
     * transaction is rolled back and {@code work} runs again, at most {@value #MAX_ATTEMPTS} times in all;
     * then a {@link io.logistik.core.ConcurrencyConflictException} is thrown.
     */
    @Override
    public <R> R inTransaction(Function<Repositories, R> work) {
        Objects.requireNonNull(work, "work");
        return run(work, false);
    }

    /**
     * {@link #inTransaction}; {@code singleCall} when {@code work} is one repository call made on the
     * store, so nothing else runs in the transaction and a failed call may roll all of it back.
     */
    private <R> R run(Function<Repositories, R> work, boolean singleCall) {
        for (int attempt = 1; ; attempt++) {
            requireOpen();
            EntityManager em;
            try {
                em = emf.createEntityManager();
            } catch (RuntimeException e) {
                throw Errors.translate(e);
            }
            EntityTransaction transaction = em.getTransaction();
            try {
                transaction.begin();
                R result = work.apply(new Tx(em, this, singleCall));
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (e instanceof NotFoundException && transaction.isActive() && transaction.getRollbackOnly()) {
                    // Hibernate's find answers null instead of throwing when a JDBC failure has marked the
                    // transaction rollback-only (HHH-12472): the database failed, the row was not missing.
                    rollback(transaction);
                    throw new StoreUnavailableException("the database failed during a read (Hibernate answered it as \"" + e.getMessage()
                            + "\")", e);
                }
                rollback(transaction);
                if (attempt < MAX_ATTEMPTS && Errors.retryable(e)) {
                    continue;
                }
                throw Errors.translate(e);
            } finally {
                em.close();
            }
        }
    }

    private static void rollback(EntityTransaction transaction) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException ignored) {
            // The failure that got us here is the one to report; a lost connection also fails the rollback.
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreUnavailableException("the store is closed");
        }
    }

    /** {@code type}'s methods on the store itself, each run as its own transaction. */
    private <T> T ownTransactions(Class<T> type, Function<Repositories, T> repository) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, args);
            }
            return run(tx -> {
                try {
                    return method.invoke(repository.apply(tx), args);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }, true);
        });
        return type.cast(proxy);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (onClose != null) {
            try {
                onClose.close();
            } catch (Exception e) {
                throw new StoreUnavailableException("closing the store failed: " + e.getMessage(), e);
            }
        }
    }
}
