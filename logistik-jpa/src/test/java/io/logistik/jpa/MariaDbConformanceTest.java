package io.logistik.jpa;

import io.logistik.core.kit.LogistikConformanceKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Clock;

/** The whole conformance kit on MariaDB, when LOGISTIK_MARIADB_URL is set. */
class MariaDbConformanceTest extends LogistikConformanceKit {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.MARIADB, "logistik_kit_mariadb");
    }

    @AfterAll
    static void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected LogistikStore openEmptyStore(Clock clock) {
        db.empty();
        return JpaLogistik.builder().entityManagerFactory(db.emf()).clock(clock).build();
    }
}
