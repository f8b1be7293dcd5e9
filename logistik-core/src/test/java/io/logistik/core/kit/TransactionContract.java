package io.logistik.core.kit;

import io.logistik.core.NotFoundException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.Repositories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.logistik.core.kit.StoreSnapshot.assertFailsUnchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit group: Transactions. */
public abstract class TransactionContract extends KitContext {

    protected TransactionContract(LogistikConformanceKit kit) {
        super(kit);
    }

    /** Work touching every table: creates, updates, stock changes and deletes. */
    private static void busyWork(Repositories tx, Warehouse w) {
        Storage munich = tx.storages().create(Storage.of("München"));
        tx.storages().update(w.hamburg().withName("Hamburg-Hafen"));
        tx.skus().create(Sku.of("Durian"));
        tx.stock().receive(munich.id(), w.cherry().id(), 4);
        tx.stock().adjust(w.berlin().id(), w.apple().id(), -3);
        tx.stock().importCounts(List.of(new StockCount(w.hamburg().id(), w.apple().id(), 0)));
        tx.stock().delete(w.hamburg().id(), w.apple().id());
        Order order = tx.orders().create(Order.of("Ada", List.of(OrderLine.of(w.apple().id(), 1))));
        tx.orders().update(order.withLines(List.of(OrderLine.of(w.banana().id(), 2))));
        tx.orders().delete(tx.orders().create(Order.of("Grace", List.of(OrderLine.of(w.cherry().id(), 1)))).id());
    }

    @Test
    @DisplayName("Work in a transaction is kept when it returns, and its result is handed back")
    void inTransaction_workReturns_everyChangeKeptAndResultReturned() {
        Warehouse w = Warehouse.create(store());

        long count = store().inTransaction(tx -> {
            busyWork(tx, w);
            return tx.storages().countAll();
        });

        assertThat(count).isEqualTo(3);
        assertThat(store().storages().countAll()).isEqualTo(3);
        assertThat(store().storages().require(w.hamburg().id()).name()).isEqualTo("Hamburg-Hafen");
        assertThat(store().stock().get(w.hamburg().id(), w.apple().id())).isEmpty();
        assertThat(Warehouse.level(store(), w.berlin(), w.apple()).onHand()).isEqualTo(7);
        assertThat(store().orders().countAll()).isEqualTo(1);
        assertThat(store().orderLines().findAll()).singleElement().extracting(OrderLine::skuId).isEqualTo(w.banana().id());
    }

    @Test
    @DisplayName("An exception thrown inside a transaction undoes everything it did and propagates unchanged")
    void inTransaction_workThrows_storeExactlyAsBeforeAndSameExceptionPropagates() {
        Warehouse w = Warehouse.create(store());
        IllegalStateException boom = new IllegalStateException("boom");

        IllegalStateException thrown = assertFailsUnchanged(store(), IllegalStateException.class, () -> store().useTransaction(tx -> {
            busyWork(tx, w);
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
    }

    @Test
    @DisplayName("A logistik error escaping a transaction undoes the work before it")
    void inTransaction_storeErrorEscapes_earlierWorkUndone() {
        Warehouse w = Warehouse.create(store());

        assertFailsUnchanged(store(), ValidationException.class, () -> store().useTransaction(tx -> {
            tx.stock().receive(w.berlin().id(), w.cherry().id(), 3);
            tx.stock().adjust(w.berlin().id(), w.apple().id(), -100);
        }));
    }

    @Test
    @DisplayName("Inside a transaction, a failed call changes nothing, and the work can go on and commit")
    void inTransaction_failedCallCaught_onlyThatCallUndone() {
        Warehouse w = Warehouse.create(store());

        store().useTransaction(tx -> {
            tx.stock().receive(w.berlin().id(), w.cherry().id(), 3);
            assertThatThrownBy(() -> tx.stock().importCounts(List.of(
                    new StockCount(w.berlin().id(), w.cherry().id(), 9),
                    new StockCount(w.berlin().id(), Long.MAX_VALUE, 1)))).isInstanceOf(NotFoundException.class);
            assertThat(tx.stock().get(w.berlin().id(), w.cherry().id()).orElseThrow().onHand()).isEqualTo(3);
            tx.stock().receive(w.berlin().id(), w.cherry().id(), 1);
        });

        assertThat(Warehouse.level(store(), w.berlin(), w.cherry()).onHand()).isEqualTo(4);
    }

    @Test
    @DisplayName("A transaction sees its own changes before they are committed")
    void inTransaction_readsOwnWrites() {
        Warehouse w = Warehouse.create(store());

        store().useTransaction(tx -> {
            Sku durian = tx.skus().create(Sku.of("Durian"));
            tx.stock().receive(w.hamburg().id(), durian.id(), 2);
            assertThat(tx.skus().get(durian.id())).contains(durian);
            assertThat(tx.stock().forSkus(List.of(durian.id()))).hasSize(1);
        });

        assertThat(store().skus().countAll()).isEqualTo(4);
    }

    @Test
    @DisplayName("Ids handed out in a rolled-back transaction are never visible afterwards")
    void inTransaction_rolledBack_createdRowsAbsent() {
        long[] created = new long[1];

        assertThatThrownBy(() -> store().useTransaction(tx -> {
            created[0] = tx.storages().create(Storage.of("Temporary")).id();
            throw new IllegalArgumentException("changed my mind");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(store().storages().get(created[0])).isEmpty();
        assertThat(store().storages().countAll()).isZero();
    }

    @Test
    @DisplayName("After close, every call fails with store-unavailable")
    void close_thenCalls_storeUnavailable() {
        Storage berlin = store().storages().create(Storage.of("Berlin"));

        store().close();

        assertThatThrownBy(() -> store().storages().get(berlin.id())).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store().skus().create(Sku.of("Apple"))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store().orders().findAll()).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store().inTransaction(tx -> tx.storages().countAll())).isInstanceOf(StoreUnavailableException.class);
    }
}
