package io.logistik.jpa;

import io.logistik.core.kit.LogistikConformanceKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

/** The whole conformance kit on PostgreSQL, when LOGISTIK_POSTGRES_URL is set. */
class PostgresConformanceTest extends LogistikConformanceKit {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.POSTGRESQL, "logistik_kit_pg");

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return DB.emptyStore(clock);
    }
}
