package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresQueryTimeoutTest extends ServerQueryTimeoutTests {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.POSTGRESQL, "logistik_timeout_pg");
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
        return "LOCK TABLE logistik_order IN ACCESS EXCLUSIVE MODE";
    }

    @Override
    String unlockOrdersTable() {
        return "ROLLBACK";
    }
}
