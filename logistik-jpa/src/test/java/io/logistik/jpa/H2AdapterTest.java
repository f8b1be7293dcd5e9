package io.logistik.jpa;

import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2AdapterTest extends JpaAdapterTests {

    @RegisterExtension
    static final ClassDatabase DB = new ClassDatabase(Database.H2, "logistik_adapter_h2");

    @Override
    TestDatabase db() {
        return DB.db();
    }
}
