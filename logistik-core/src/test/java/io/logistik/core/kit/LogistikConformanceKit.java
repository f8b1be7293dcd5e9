package io.logistik.core.kit;

import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import java.time.Clock;
import java.time.Instant;

/**
 * The conformance kit: every rule of the repository SPI's javadoc as a test, one {@code @Nested} group
 * per area. An adapter runs the whole kit from one class:
 *
 * <pre>{@code
 * class InMemoryConformanceTest extends LogistikConformanceKit {
 *     @Override
 *     protected LogistikStore openEmptyStore(Clock clock) {
 *         return InMemoryLogistik.builder().clock(clock).build();
 *     }
 * }
 * }</pre>
 *
 * Each test gets an empty store from {@link #openEmptyStore} and closes it afterwards.
 */
public abstract class LogistikConformanceKit {

    /** Where every test's clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T08:30:00.123456Z");

    private TestClock clock;
    private LogistikStore store;

    /**
     * An empty store whose {@code created_at}/{@code updated_at} and current-time keywords come from
     * {@code clock}. Called before each test; the kit closes the store after it.
     */
    protected abstract LogistikStore openEmptyStore(Clock clock);

    @BeforeEach
    void openStore() {
        clock = new TestClock(START);
        store = openEmptyStore(clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    final LogistikStore store() {
        return store;
    }

    final TestClock clock() {
        return clock;
    }

    @Nested
    @DisplayName("Storages")
    class Storages extends StorageContract {
        Storages() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("SKUs")
    class Skus extends SkuContract {
        Skus() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Stock levels")
    class StockLevels extends StockContract {
        StockLevels() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Orders and their lines")
    class Orders extends OrderContract {
        Orders() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Transactions")
    class Transactions extends TransactionContract {
        Transactions() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Sorting and paging")
    class SortingAndPaging extends SortingAndPagingContract {
        SortingAndPaging() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Concurrent use")
    class Concurrency extends ConcurrencyContract {
        Concurrency() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Filters")
    class Filters extends FilterContract {
        Filters() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Query parameters and single results")
    class QueryParameters extends QueryParametersContract {
        QueryParameters() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Fulfilment planning")
    class Fulfilment extends FulfilmentContract {
        Fulfilment() {
            super(LogistikConformanceKit.this);
        }
    }

    @Nested
    @DisplayName("Reservations")
    class Reservations extends ReservationContract {
        Reservations() {
            super(LogistikConformanceKit.this);
        }
    }
}
