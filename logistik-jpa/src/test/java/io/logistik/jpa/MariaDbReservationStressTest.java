package io.logistik.jpa;

import io.logistik.core.kit.ReservationStressKit;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Clock;

/** The reservation stress kit on MariaDB; {@code -Dlogistik.stress.attempts=100000} for the long run. */
class MariaDbReservationStressTest extends ReservationStressKit {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.MARIADB, "logistik_stress_maria");
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
