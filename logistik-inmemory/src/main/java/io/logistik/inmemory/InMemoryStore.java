package io.logistik.inmemory;

import io.logistik.core.StoreUnavailableException;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.OrderLineRepository;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.Repositories;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.SkuRepository;
import io.logistik.core.spi.StockRepository;
import io.logistik.core.spi.StorageRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.UndoLog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The in-memory store: see {@link InMemoryLogistik} for its guarantees. */
final class InMemoryStore implements LogistikStore {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Data data = new Data(ThreadLocalRandom.current().nextLong(1_000, 1_000_000));
    private final Clock clock;
    private final Repos own;
    private volatile boolean closed;

    InMemoryStore(Clock clock) {
        this.clock = clock;
        this.own = new Repos(new StoreAccess());
    }

    @Override
    public StorageRepository storages() {
        return own.storages;
    }

    @Override
    public SkuRepository skus() {
        return own.skus;
    }

    @Override
    public StockRepository stock() {
        return own.stock;
    }

    @Override
    public OrderRepository orders() {
        return own.orders;
    }

    @Override
    public OrderLineRepository orderLines() {
        return own.orderLines;
    }

    @Override
    public ReservationRepository reservations() {
        return own.reservations;
    }

    @Override
    public <R> R inTransaction(Function<Repositories, R> work) {
        Objects.requireNonNull(work, "work");
        Lock writeLock = lock.writeLock();
        writeLock.lock();
        try {
            checkOpen();
            TransactionAccess tx = new TransactionAccess();
            try {
                return work.apply(new Repos(tx));
            } catch (Throwable t) {
                tx.log.rollbackTo(0);
                throw t;
            } finally {
                tx.ended = true;
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        Lock writeLock = lock.writeLock();
        writeLock.lock();
        try {
            closed = true;
            data.clear();
        } finally {
            writeLock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreUnavailableException("the in-memory store is closed");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Calls on the store itself: each one its own transaction. */
    private final class StoreAccess implements Access {

        @Override
        public <R> R read(Function<Data, R> work) {
            Lock readLock = lock.readLock();
            readLock.lock();
            try {
                checkOpen();
                return work.apply(data);
            } finally {
                readLock.unlock();
            }
        }

        @Override
        public <R> R write(BiFunction<Data, UndoLog, R> work) {
            Lock writeLock = lock.writeLock();
            writeLock.lock();
            try {
                checkOpen();
                UndoLog log = new UndoLog();
                try {
                    return work.apply(data, log);
                } catch (Throwable t) {
                    log.rollbackTo(0);
                    throw t;
                }
            } finally {
                writeLock.unlock();
            }
        }

        @Override
        public Instant now() {
            return InMemoryStore.this.now();
        }
    }

    /** Calls inside {@link #inTransaction}: the write lock is already held by the transaction's thread. */
    private final class TransactionAccess implements Access {

        final UndoLog log = new UndoLog();
        volatile boolean ended;

        private void checkActive() {
            if (ended) {
                throw new StoreUnavailableException("the transaction has ended; its repositories cannot be used any more");
            }
            if (!lock.isWriteLockedByCurrentThread()) {
                throw new StoreUnavailableException("a transaction's repositories can only be used by the thread running it");
            }
        }

        @Override
        public <R> R read(Function<Data, R> work) {
            checkActive();
            return work.apply(data);
        }

        @Override
        public <R> R write(BiFunction<Data, UndoLog, R> work) {
            checkActive();
            int mark = log.mark();
            try {
                return work.apply(data, log);
            } catch (Throwable t) {
                log.rollbackTo(mark);
                throw t;
            }
        }

        @Override
        public Instant now() {
            return InMemoryStore.this.now();
        }
    }
}
