package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbAdapterTest extends JpaAdapterTests {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.MARIADB, "logistik_adapter_mariadb");

    @Override
    TestDatabase db() {
        return DB.db();
    }
}
