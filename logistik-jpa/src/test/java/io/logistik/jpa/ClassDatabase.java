package io.logistik.jpa;

import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Clock;

/**
 * One test database per test class, opened before its first test and closed after its last: register it
 * as a {@code static} field with {@code @RegisterExtension}. Without the server's settings the class is
 * skipped or fails as {@link TestDatabase} decides.
 */
final class ClassDatabase implements BeforeAllCallback, AfterAllCallback {

    private final Database kind;
    private final String name;
    private TestDatabase db;
    private String owner;

    ClassDatabase(Database kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** {@code @Nested} groups inherit the extension: only the class that opened the database closes it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (db == null) {
            db = TestDatabase.open(kind, name);
            owner = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (db != null && context.getUniqueId().equals(owner)) {
            db.close();
            db = null;
        }
    }

    /** The class's database. */
    TestDatabase db() {
        return db;
    }

    /** A store on the class's factory over an emptied database, as the kits want one per test. */
    LogistikStore emptyStore(Clock clock) {
        db.empty();
        return JpaLogistik.builder().entityManagerFactory(db.emf()).clock(clock).build();
    }
}
