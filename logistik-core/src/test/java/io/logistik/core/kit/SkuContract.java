package io.logistik.core.kit;

import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit group: SKUs. */
public abstract class SkuContract extends KitContext {

    protected SkuContract(LogistikConformanceKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("A created SKU can be read back by id and counted")
    void create_newSku_readableByIdAndCounted() {
        Sku stored = store().skus().create(Sku.of("Apple"));

        assertThat(store().skus().require(stored.id())).isEqualTo(stored);
        assertThat(stored.productName()).isEqualTo("Apple");
        assertThat(stored.createdAt()).isEqualTo(clock().instant());
        assertThat(stored.updatedAt()).isNull();
        assertThat(store().skus().countAll()).isEqualTo(1);
    }

    @Test
    @DisplayName("Every created SKU gets its own id")
    void create_manySkus_distinctIds() {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            ids.add(store().skus().create(Sku.of("SKU " + i)).id());
        }

        assertThat(ids).hasSize(25);
        assertThat(store().skus().countAll()).isEqualTo(25);
    }

    @Test
    @DisplayName("Updating a SKU renames it and stamps updated_at")
    void update_renamedSku_storedWithUpdatedAt() {
        Sku created = store().skus().create(Sku.of("Apple"));
        clock().advance(Duration.ofSeconds(3));

        Sku updated = store().skus().update(created.withProductName("Green apple"));

        assertThat(store().skus().require(created.id())).isEqualTo(updated);
        assertThat(updated.productName()).isEqualTo("Green apple");
        assertThat(updated.updatedAt()).isEqualTo(clock().instant());
    }

    @Test
    @DisplayName("Creating or updating with no SKU at all is a validation error and changes nothing")
    void createUpdate_nullSku_validationErrorAndStoreUnchanged() {
        store().skus().create(Sku.of("Apple"));

        ValidationException created = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().skus().create(null));
        ValidationException updated = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().skus().update(null));

        assertThat(created.fields()).containsExactly("sku");
        assertThat(updated.fields()).containsExactly("sku");
    }

    @Test
    @DisplayName("A SKU that has an id cannot be created again")
    void create_skuWithId_validationErrorAndStoreUnchanged() {
        Sku created = store().skus().create(Sku.of("Apple"));
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().skus().create(created))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Deleting a SKU that an order line uses is a reference conflict naming the line, and changes nothing")
    void delete_skuUsedByOrderLine_conflictNamingLineAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.cherry().id(), 2));
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().skus().delete(w.cherry().id()))
                .isInstanceOfSatisfying(ReferenceConflictException.class, e -> {
                    assertThat(e.entity()).isEqualTo("sku");
                    assertThat(e.blockers()).singleElement().asString()
                            .contains("order_line " + order.lines().get(0).id()).contains("order " + order.id());
                });
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Deleting a SKU held on hand names every storage that holds it, and changes nothing")
    void delete_skuHeldInStorages_conflictNamingStoragesAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().skus().delete(w.apple().id()))
                .isInstanceOfSatisfying(ReferenceConflictException.class, e -> {
                    assertThat(e.blockers()).hasSize(2);
                    assertThat(String.join("\n", e.blockers()))
                            .contains("storage " + w.berlin().id()).contains("storage " + w.hamburg().id());
                });
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Deleting a SKU whose stock rows are empty deletes those rows with it")
    void delete_skuWithEmptyStockRows_deletesThem() {
        Warehouse w = Warehouse.create(store());
        store().stock().adjust(w.berlin().id(), w.banana().id(), -5);

        store().skus().delete(w.banana().id());

        assertThat(store().skus().get(w.banana().id())).isEmpty();
        assertThat(store().stock().forSkus(java.util.List.of(w.banana().id()))).isEmpty();
        assertThat(store().stock().countAll()).isEqualTo(2);
    }

    @Test
    @DisplayName("A SKU no longer ordered and without stock can be deleted")
    void delete_skuAfterItsOrderIsDeleted_succeeds() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.cherry().id(), 2));
        store().orders().delete(order.id());

        store().skus().delete(w.cherry().id());

        assertThat(store().skus().get(w.cherry().id())).isEmpty();
    }
}
