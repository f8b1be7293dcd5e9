package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2AdapterTest extends JpaAdapterTests {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.H2, "logistik_adapter_h2");
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
}
