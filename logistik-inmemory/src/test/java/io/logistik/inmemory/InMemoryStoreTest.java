package io.logistik.inmemory;

import io.logistik.core.StoreUnavailableException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.Repositories;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the in-memory store promises beyond the kit. */
class InMemoryStoreTest {

    @Test
    void create_defaultStore_usesSystemUtcClockAndIsEmpty() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            assertThat(store.clock().getZone()).isEqualTo(ZoneOffset.UTC);
            assertThat(store.storages().countAll()).isZero();
        }
    }

    @Test
    void builder_clock_stampsCreatedAt() {
        Instant fixed = Instant.parse("2030-06-01T12:00:00.000001Z");
        try (LogistikStore store = InMemoryLogistik.builder().clock(Clock.fixed(fixed, ZoneOffset.UTC)).build()) {
            assertThat(store.storages().create(Storage.of("Berlin")).createdAt()).isEqualTo(fixed);
        }
        assertThatThrownBy(() -> InMemoryLogistik.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void adjust_overflow_messageNamesTheStockRow() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Storage berlin = store.storages().create(Storage.of("Berlin"));
            Sku apple = store.skus().create(Sku.of("Apple"));
            store.stock().recount(new StockCount(berlin.id(), apple.id(), Long.MAX_VALUE));

            assertThatThrownBy(() -> store.stock().adjust(berlin.id(), apple.id(), 1))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("(storage " + berlin.id() + ", sku " + apple.id() + ")");
        }
    }

    @Test
    void ids_sharedSequenceNotStartingAtOne() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            long first = store.storages().create(Storage.of("A")).id();
            long second = store.skus().create(io.logistik.core.model.Sku.of("B")).id();

            assertThat(first).isGreaterThan(1);
            assertThat(second).isNotEqualTo(first);
        }
    }

    @Test
    void transactionRepositories_usedAfterTheTransaction_refused() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Repositories leaked = store.inTransaction(tx -> tx);

            assertThatThrownBy(() -> leaked.storages().create(Storage.of("Late"))).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> leaked.storages().findAll()).isInstanceOf(StoreUnavailableException.class);
            assertThat(store.storages().countAll()).isZero();
        }
    }

    @Test
    void transactionRepositories_usedFromAnotherThread_refused() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            assertThatThrownBy(() -> store.useTransaction(tx -> {
                try {
                    CompletableFuture.runAsync(() -> tx.storages().create(Storage.of("Elsewhere"))).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            })).hasRootCauseInstanceOf(StoreUnavailableException.class);
            assertThat(store.storages().countAll()).isZero();
        }
    }

    @Test
    void close_twice_isHarmless() {
        LogistikStore store = InMemoryLogistik.create();
        store.close();
        store.close();

        assertThatThrownBy(() -> store.storages().countAll()).isInstanceOf(StoreUnavailableException.class);
    }
}
