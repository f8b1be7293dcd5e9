package io.logistik.core.spi;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A logistik store: the repositories, one transaction boundary, a clock. Stores are thread-safe and
 * meant to be shared: create one per application (or per test) and close it at the end.
 *
 * <p>Each call on the repositories of the store itself is its own transaction. {@link #inTransaction}
 * runs several calls as one: all of them take effect, or none. Other threads never see a
 * half-applied transaction.
 */
public interface LogistikStore extends Repositories, AutoCloseable {

    /**
     * Runs {@code work} in one transaction and returns its result. The repositories handed to
     * {@code work} belong to the transaction and must not be used after it ends. If {@code work}
     * throws, nothing it did is kept and the exception propagates unchanged. Do not call the store's
     * own repositories from inside {@code work}: they run outside the transaction. Adapters on a
     * database may re-run {@code work} a bounded number of times after a serialization failure or a
     * deadlock, so it should have no effects outside the store.
     */
    <R> R inTransaction(Function<Repositories, R> work);

    /** {@link #inTransaction} for work without a result. */
    default void useTransaction(Consumer<Repositories> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** The clock that stamps {@code created_at} / {@code updated_at} and resolves {@code CURRENT_TIMESTAMP}. */
    Clock clock();

    /** Releases the store's resources. Calls after close fail with {@link io.logistik.core.StoreUnavailableException}. */
    @Override
    void close();
}
