package io.logistik.jpa;

import io.logistik.core.kit.LogistikConformanceKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;

/** The whole conformance kit on MariaDB, when LOGISTIK_MARIADB_URL is set. */
class MariaDbConformanceTest extends LogistikConformanceKit {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.MARIADB, "logistik_kit_mariadb");

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        return DB.emptyStore(clock);
    }
}
