package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAdapterTest extends JpaAdapterTests {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.POSTGRESQL, "logistik_adapter_pg");

    @Override
    TestDatabase db() {
        return DB.db();
    }
}
