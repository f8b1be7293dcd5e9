package io.logistik.inmemory;

import io.logistik.core.kit.ReservationStressKit;
import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.DisplayName;

import java.time.Clock;

/** Runs the reservation stress kit on the in-memory store; {@code -Dlogistik.stress.attempts=100000} for the long run. */
@DisplayName("In-memory store under reservation stress")
class InMemoryReservationStressTest extends ReservationStressKit {

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return InMemoryLogistik.builder().clock(clock).build();
    }
}
