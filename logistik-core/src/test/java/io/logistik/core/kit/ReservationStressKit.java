package io.logistik.core.kit;

import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reservation stress test: {@link ReservationStress} on an adapter's store, many threads creating,
 * changing, reserving, releasing and shipping random orders that compete for a few hot SKUs, then
 * every invariant of the reservation SPI checked. An adapter runs it from one class:
 *
 * <pre>{@code
 * class InMemoryReservationStressTest extends ReservationStressKit {
 *     @Override
 *     protected LogistikStore openEmptyStore(Clock clock) {
 *         return InMemoryLogistik.builder().clock(clock).build();
 *     }
 * }
 * }</pre>
 *
 * <p>System properties: {@code logistik.stress.attempts} (operations in total, default 5,000, of
 * which over 2,000 are reserve calls), {@code logistik.stress.threads} (default 8),
 * {@code logistik.stress.seed} (default 20261204).
 */
public abstract class ReservationStressKit {

    /** A new, empty store on {@code clock}; the kit closes it at the end. */
    protected abstract LogistikStore openEmptyStore(Clock clock);

    /** Operations in total over all threads. */
    protected int attempts() {
        return Integer.getInteger("logistik.stress.attempts", 5_000);
    }

    protected int threads() {
        return Integer.getInteger("logistik.stress.threads", 8);
    }

    protected long seed() {
        return Long.getLong("logistik.stress.seed", 20261204L);
    }

    @Test
    @DisplayName("Random orders reserved, released and shipped from many threads never oversell, and every invariant holds afterwards")
    void randomLifecycles_manyThreads_neverOversell() throws Exception {
        try (LogistikStore store = openEmptyStore(Clock.systemUTC())) {
            ReservationStress.Tally tally = ReservationStress.run(store, attempts(), threads(), seed(), false);

            System.out.printf("%s: %d operations on %d threads (seed %d): %s%n", getClass().getSimpleName(), attempts(), threads(),
                    seed(), tally);
            assertThat(tally.count("reserved", 0)).as("reservations that succeeded").isPositive();
            assertThat(tally.count("shipped", 0)).as("orders shipped").isPositive();
            assertThat(tally.count("released", 0)).as("orders released").isPositive();
        }
    }
}
