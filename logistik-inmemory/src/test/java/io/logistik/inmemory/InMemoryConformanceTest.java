package io.logistik.inmemory;

import io.logistik.core.kit.LogistikConformanceKit;
import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.DisplayName;

import java.time.Clock;

/** Runs the whole conformance kit on the in-memory store. */
@DisplayName("In-memory store")
class InMemoryConformanceTest extends LogistikConformanceKit {

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return InMemoryLogistik.builder().clock(clock).build();
    }
}
