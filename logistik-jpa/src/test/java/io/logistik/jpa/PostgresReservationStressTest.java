package io.logistik.jpa;

import io.logistik.core.kit.ReservationStressKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

/** The reservation stress kit on PostgreSQL; {@code -Dlogistik.stress.attempts=100000} for the long run. */
class PostgresReservationStressTest extends ReservationStressKit {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.POSTGRESQL, "logistik_stress_pg");

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return DB.emptyStore(clock);
    }
}
