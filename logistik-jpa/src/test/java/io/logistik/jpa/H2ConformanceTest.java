package io.logistik.jpa;

import io.logistik.core.kit.LogistikConformanceKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

/** The whole conformance kit on H2, in every build. */
class H2ConformanceTest extends LogistikConformanceKit {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.H2, "logistik_kit_h2");

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return DB.emptyStore(clock);
    }
}
