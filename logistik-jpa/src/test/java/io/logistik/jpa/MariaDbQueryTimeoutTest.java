package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MariaDbQueryTimeoutTest extends ServerQueryTimeoutTests {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.MARIADB, "logistik_timeout_mariadb");
    }

    @AfterAll
    static void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    TestDatabase db() {
        return db;
    }

    @Override
    String lockOrdersTable() {
        return "LOCK TABLES logistik_order WRITE";
    }

    @Override
    String unlockOrdersTable() {
        return "UNLOCK TABLES";
    }
}
