package io.logistik.inmemory;

import io.logistik.core.spi.LogistikStore;

import java.time.Clock;
import java.util.Objects;

/**
 * Creates in-memory logistik stores: the reference implementation of the repository SPI, for unit
 * tests and small tools. One line in a test:
 *
 * <pre>{@code
 * try (LogistikStore store = InMemoryLogistik.create()) {
 *     Storage berlin = store.storages().create(Storage.of("Berlin"));
 * }
 * }</pre>
 *
 * <p>A store is thread-safe and meant to be shared. Concurrent readers run in parallel; writes and
 * {@link LogistikStore#inTransaction transactions} take one exclusive lock for their whole duration
 * and record an undo log, which is replayed backwards when they fail. Readers therefore never see a
 * half-applied transaction, and a failed call or transaction leaves every table exactly as before.
 * A long transaction blocks every other caller until it ends: keep work inside it short.
 *
 * <p>Ids come from one sequence shared by all entities that starts at an arbitrary point, so code
 * that assumes particular id values fails early rather than in production. Ids are not reused after
 * a rollback, as with a database sequence. Data lives only as long as the store: {@code close()}
 * drops it, and every call after that throws {@link io.logistik.core.StoreUnavailableException}.
 */
public final class InMemoryLogistik {

    private InMemoryLogistik() {
    }

    /**
     * An empty store on the system UTC clock.
     *
     * @return a new, open, empty store
     */
    public static LogistikStore create() {
        return builder().build();
    }

    /**
     * A builder for a store with non-default settings, such as a fixed clock in tests.
     *
     * @return a new builder with the defaults (the system UTC clock)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings for a new in-memory store. Not thread-safe; build once. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The clock that stamps {@code created_at} and {@code updated_at} and resolves
         * {@code CURRENT_TIMESTAMP}; the system UTC clock unless set.
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return a new, open, empty store with these settings
         */
        public LogistikStore build() {
            return new InMemoryStore(clock);
        }
    }
}
