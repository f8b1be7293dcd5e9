package io.logistik.jpa;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.LogistikStore;
import io.logistik.jpa.LogistikSchema.Database;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting stores the documented ways, refusing bad set-ups, and the transaction retry rule; on H2. */
class JpaLogistikTest {

    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.open(Database.H2, "logistik_bootstrap_h2");
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Test
    void create_fromJdbcUrl_ownsItsPoolAndWorks() {
        try (LogistikStore store = JpaLogistik.create("jdbc:h2:mem:logistik_bootstrap_h2", "sa", "")) {
            Storage stored = store.storages().create(Storage.of("Nord"));

            assertThat(store.storages().require(stored.id()).name()).isEqualTo("Nord");
        }
    }

    @Test
    void create_fromDataSource_leavesTheDataSourceOpenWhenClosed() {
        LogistikStore store = JpaLogistik.create(db.dataSource());
        store.storages().create(Storage.of("Süd"));
        store.close();

        assertThat(db.dataSource().isClosed()).isFalse();
        assertThatThrownBy(() -> store.storages().findAll()).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void create_hostUnitWithoutLogistikEntities_isRefusedNamingTheFix() {
        PersistenceConfiguration configuration = new PersistenceConfiguration("host-without-logistik")
                .provider(HibernatePersistenceProvider.class.getName())
                .property("jakarta.persistence.nonJtaDataSource", db.dataSource());
        try (EntityManagerFactory emf = new HibernatePersistenceProvider().createEntityManagerFactory(configuration)) {
            assertThatThrownBy(() -> JpaLogistik.create(emf))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JpaLogistik.entityClasses()");
        }
    }

    @Test
    void create_databaseWithoutSchema_failsNamingTheScripts() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:logistik_no_schema;DB_CLOSE_DELAY=-1");

        assertThatThrownBy(() -> JpaLogistik.create(empty))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("no logistik schema found")
                .hasMessageContaining("classpath:db/logistik/h2");
    }

    @Test
    void inTransaction_serializationFailureOnce_reRunsTheWork() {
        AtomicInteger runs = new AtomicInteger();
        try (LogistikStore store = JpaLogistik.create(db.emf())) {
            String name = store.inTransaction(tx -> {
                Storage s = tx.storages().create(Storage.of("retry " + runs.incrementAndGet()));
                if (runs.get() == 1) {
                    throw new PersistenceException(new SQLException("could not serialize access", "40001"));
                }
                return s.name();
            });

            assertThat(runs).hasValue(2);
            assertThat(name).isEqualTo("retry 2");
            assertThat(store.storages().findAll()).extracting(Storage::name).contains("retry 2").doesNotContain("retry 1");
        }
    }

    @Test
    void inTransaction_deadlockEveryTime_givesUpAfterBoundedAttempts() {
        AtomicInteger runs = new AtomicInteger();
        try (LogistikStore store = JpaLogistik.create(db.emf())) {
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                runs.incrementAndGet();
                throw new PersistenceException(new SQLException("deadlock detected", "40P01"));
            })).isInstanceOf(ConcurrencyConflictException.class).hasMessageContaining("deadlock");

            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void inTransaction_callerException_propagatesUnchangedWithoutRetry() {
        AtomicInteger runs = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("caller's own");
        try (LogistikStore store = JpaLogistik.create(db.emf())) {
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                runs.incrementAndGet();
                throw failure;
            })).isSameAs(failure);

            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void call_connectionLost_becomesStoreUnavailable() {
        TestDatabase doomed = TestDatabase.open(Database.H2, "logistik_doomed_h2");
        LogistikStore store = JpaLogistik.create(doomed.dataSource());
        doomed.dataSource().close();

        assertThatThrownBy(() -> store.storages().findAll()).isInstanceOf(StoreUnavailableException.class);
        store.close();
        doomed.close();
    }
}
